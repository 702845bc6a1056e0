import type { Document, UnitRef } from "@minsheng/core";
import { buildDocument, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { parseText } from "../parseDocument";
import { assignUnitIds } from "./assignUnitIds";
import { resolveUnit } from "./resolveUnit";

// Two further districts' plans written for this test: the same short name in both, and one body
// spelled three ways within one of them.
const fengtai = `丰台区2025年重要民生实事项目
1.新增普惠托位500个。
主责单位：区教委
协办单位：区卫健委
2.建设社区卫生服务站3个。
主责单位：区卫生健康委
3.开展健康义诊20场。
主责单位：区卫生健康委员会
协办单位：各街道办事处
`;
const shijingshan = `石景山区2025年重要民生实事项目
1.新增中小学学位800个。
主责单位：区教委
2.建设口袋公园5处。
主责单位：区园林绿化局、区规自分局
`;

const units = (text: string) => parseText(text).sections.flatMap((s) => s.tasks.flatMap((t) => t.units));

describe("unit ids in documents of two districts", () => {
  const ft = units(fengtai);
  const sjs = units(shijingshan);
  const idOf = (list: typeof ft, name: string) => list.find((u) => u.name === name)?.id;

  it("gives a body spelled three ways in one district one id", () => {
    const ids = new Set(["区卫健委", "区卫生健康委", "区卫生健康委员会"].map((n) => idOf(ft, n)));
    expect(ids).toEqual(new Set(["110106:区卫生健康委员会"]));
  });

  it("gives the same short name in two districts two ids", () => {
    expect(idOf(ft, "区教委")).toBe("110106:区教育委员会");
    expect(idOf(sjs, "区教委")).toBe("110107:区教育委员会");
  });

  it("marks collectives and city branches by kind", () => {
    expect(ft.find((u) => u.name === "各街道办事处")).toMatchObject({
      kind: "collective",
      id: "110106:各街道办事处:collective",
    });
    expect(sjs.find((u) => u.name === "区规自分局")).toMatchObject({
      kind: "city-branch",
      id: "110107:市规划和自然资源委员会石景山分局",
    });
  });
});

describe("unit ids across documents", () => {
  const doc = (issuer: string | null, names: readonly string[]) =>
    buildDocument({ issuer, tasks: names.map((n, i) => buildTask({ seq: i + 1, lead: [n] })) });
  const run = (d: Document) => {
    const reports: string[] = [];
    assignUnitIds(d, (r) => reports.push(r.message));
    return { units: d.sections.flatMap((s) => s.tasks.flatMap((t) => t.units)), reports };
  };
  const expectResolved = (d: Document, units: readonly UnitRef[]) => {
    for (const u of units) {
      const r = resolveUnit(u.name, d.issuer);
      expect([u.id, u.kind]).toEqual([r.id, r.kind]);
    }
  };

  it("resolves every spelling within its own district, document after document", () => {
    const names = [
      "区教委",
      "区卫健委",
      "区规自分局",
      "各街道办事处",
      "区科委",
      `区${"很长的名字".repeat(6)}`,
    ];
    for (const issuer of ["东城区", "通州区", null, "东城区"]) {
      const d = doc(issuer, names);
      expectResolved(d, run(d).units);
    }
  });

  it("reports an ambiguous short form in every document that writes it", () => {
    expect(run(doc("海淀区", ["区科委", "区科委"])).reports).toHaveLength(1);
    expect(run(doc("海淀区", ["区科委"])).reports).toHaveLength(1);
  });
});
