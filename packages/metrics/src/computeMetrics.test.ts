import { MetricsSchema } from "@minsheng/core";
import { buildDocument, buildQuantity as q, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { computeMetrics } from "./computeMetrics";

const corpus = () => [
  buildDocument({
    path: "plan.txt",
    issuer: "通州区",
    issued: "2024-01-01",
    sections: [
      {
        categories: [{ name: "改善居住条件", declaredCount: 2 }],
        tasks: [
          buildTask({
            seq: 1,
            district: "110112",
            text: "改造老旧小区 10 个",
            category: "改善居住条件",
            lead: ["区住房城乡建设委"],
            assist: ["各街道办事处"],
            deadline: "2024-12-31",
            targets: [q(10, "个")],
          }),
          buildTask({
            seq: 2,
            district: "110112",
            text: "新增托位 600 个",
            category: "改善居住条件",
            cityItem: "k",
            lead: ["区教委"],
            assist: ["区卫生健康委"],
            deadline: "2024-08-31",
            targets: [q(600, "个")],
          }),
        ],
      },
    ],
  }),
  buildDocument({
    path: "report.txt",
    issuer: "通州区",
    sections: [
      {
        year: 2024,
        period: "annual",
        tasks: [
          buildTask({
            seq: 1,
            district: "110112",
            text: "x",
            cityItem: "k",
            status: "completed",
            progressText: "新增 650 个",
            targets: [q(600, "个")],
            actuals: [q(650, "个")],
          }),
        ],
      },
    ],
  }),
];

describe("computeMetrics", () => {
  it("echoes asOf, as in the example", () => {
    expect(computeMetrics([], { asOf: "2024-09-15" }).asOf).toBe("2024-09-15");
  });

  it("returns an object that survives a JSON round trip through MetricsSchema", () => {
    const m = computeMetrics(corpus(), { asOf: "2024-09-15" });
    const back = MetricsSchema.parse(JSON.parse(JSON.stringify(m)));
    expect(back).toEqual(m);
  });

  it("fills every part of the format from one corpus", () => {
    const m = computeMetrics(corpus(), { asOf: "2024-09-15" });
    expect(m.sections).toHaveLength(2);
    expect(m.coverage.map((r) => r.key)).toEqual(["k"]);
    expect(m.units.map((u) => u.id)).toContain("110112:各街道办事处:collective");
    expect(m.concentration[0]?.collectivesLeftOut).toBe(0);
    expect(m.collaboration.map((c) => c.assist)).toEqual(["110112:区卫生健康委"]);
    expect(m.attainment.map((a) => a.ratio)).toEqual([650 / 600]);
    expect(m.deadlines.overdue).toEqual([]);
    expect(m.deadlines.lights.map((l) => l.rule)).toEqual(["on-schedule", "done"]);
    expect(m.changes.map((c) => [c.statusFrom, c.statusTo])).toEqual([[null, "completed"]]);
    expect(m.findings).toEqual([]);
  });

  it("gives the same figures as the metrics called one by one", async () => {
    const { sectionMetrics, unitLoad, deadlineRisk } = await import("./index");
    const docs = corpus();
    const m = computeMetrics(docs, { asOf: "2025-01-10" });
    expect(m.sections).toEqual(sectionMetrics(docs));
    expect(m.units).toEqual(unitLoad(docs));
    expect(m.deadlines).toEqual(deadlineRisk(docs, { asOf: "2025-01-10" }));
  });
});
