import { growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { parseText } from "../parseDocument";
import { resolveCorpus } from "./resolveCorpus";

// Two further districts' reports written for this test: 丰台 quotes the city items with its own
// numbers and small edits; 石景山 cites one item nobody else cites and renumbers another.
const fengtai = `丰台区2024年度市实事任务进展情况
序号\t任务来源\t任务内容\t主责单位\t完成时限\t任务进度\t进展情况
1\t市民生实事第1项\t新增3岁以下普惠幼儿托位1万个；免费为普惠托育机构提供安全运营保险。\t区教委 区卫健委\t2024-12-31\t已完成\t新增托位800个。
2\t市民生实事第2项\t新建50个温馨家园，帮助残疾人就近享受康复、教育等服务。\t区残联\t2024-12-31\t已完成\t建成温馨家园6个。
`;
const shijingshan = `石景山区2024年市实事任务上半年进展情况
序号\t任务来源\t任务内容\t主责单位\t完成时限\t任务进度\t进展情况
1\t市民生实事第7项\t新增普惠幼儿托位1万个，免费为普惠托育机构提供安全运营保险\t区卫生健康委\t2024-12-31\t推进中\t新增托位300个。
2\t市民生实事第25项\t建设一批全龄友好公园，提升市民游园体验。\t区园林绿化局\t2024-12-31\t推进中\t完成设计。
`;

const task = (d: ReturnType<typeof parseText> | undefined, seq: number) =>
  d?.sections[0]?.tasks.find((t) => t.seq === seq);

describe("resolveCorpus", () => {
  const [ft, sjs] = resolveCorpus([
    parseText(fengtai, { path: "ft.txt" }),
    parseText(shijingshan, { path: "sjs.txt" }),
  ]);

  it("gives one key to a city item cited under different numbers with reworded text", () => {
    expect(task(ft, 1)?.cityItem?.number).toBe(1);
    expect(task(sjs, 1)?.cityItem?.number).toBe(7);
    expect(task(ft, 1)?.cityItem?.key).toBe(task(sjs, 1)?.cityItem?.key);
    expect(task(sjs, 1)?.cityItem?.similarity).toBeGreaterThan(0.6);
  });

  it("keeps items that only one district cites apart", () => {
    const keys = [task(ft, 2), task(sjs, 2)].map((t) => t?.cityItem?.key);
    expect(new Set([...keys, task(ft, 1)?.cityItem?.key]).size).toBe(3);
  });

  it("assigns the same keys whatever the order of the documents", () => {
    const [sjs2, ft2] = resolveCorpus([
      parseText(shijingshan, { path: "sjs.txt" }),
      parseText(fengtai, { path: "ft.txt" }),
    ]);
    expect(task(ft2, 1)?.cityItem?.key).toBe(task(ft, 1)?.cityItem?.key);
    expect(task(sjs2, 2)?.cityItem?.key).toBe(task(sjs, 2)?.cityItem?.key);
  });

  it("uses a catalog's canonical keys when one covers the year", () => {
    const [a] = resolveCorpus([parseText(fengtai, { path: "ft.txt" })], {
      catalogs: [
        {
          programme: "livelihood",
          year: 2024,
          source: "a list written for this test",
          items: [
            { number: 1, text: "新增3岁以下普惠幼儿托位1万个；免费为普惠托育机构提供安全运营保险。" },
            {
              number: 11,
              text: "新建50个温馨家园，帮助残疾人就近享受康复、教育等服务；推进1处导盲犬基地建设。",
            },
          ],
        },
      ],
    });
    expect(task(a, 1)?.cityItem?.key).toBe("bj:livelihood:2024:1");
    expect(task(a, 2)?.cityItem?.key).toBe("bj:livelihood:2024:11");
    expect(task(a, 2)?.cityItem?.similarity).toBeLessThan(1);
  });

  it("still clusters by text the citations a partial catalog does not cover, and says so", () => {
    const [a, b] = resolveCorpus(
      [parseText(fengtai, { path: "ft.txt" }), parseText(shijingshan, { path: "sjs.txt" })],
      {
        catalogs: [
          {
            programme: "livelihood",
            year: 2024,
            source: "test",
            items: [{ number: 11, text: "新建50个温馨家园，帮助残疾人就近享受康复、教育等服务。" }],
          },
        ],
      },
    );
    expect(task(a, 2)?.cityItem?.key).toBe("bj:livelihood:2024:11");
    expect(task(a, 1)?.cityItem?.key).toBe(task(b, 1)?.cityItem?.key);
    expect(task(a, 1)?.cityItem?.key).toMatch(/^bj:livelihood:2024:t[0-9a-f]{8}$/);
    expect(a?.diagnostics.some((d) => d.code === "city_item_unmatched")).toBe(true);
  });

  it("reports one number citing two texts within a district", () => {
    const other = fengtai.replace("2\t市民生实事第2项", "2\t市民生实事第1项");
    const [d] = resolveCorpus([parseText(other, { path: "ft2.txt" })]);
    expect(d?.diagnostics.some((x) => x.code === "city_item_conflict")).toBe(true);
  });

  it("stays linear on a report whose every citation conflicts with another", () => {
    // n rows citing item 1 with n different texts: a diagnostic per row, and no quadratic dedupe.
    const report = (n: number) =>
      parseText(
        "丰台区2024年度市实事任务进展情况\n序号\t任务来源\t任务内容\t主责单位\n" +
          Array.from(
            { length: n },
            (_, i) => `${i + 1}\t市民生实事第1项\t新建第${i}号温馨家园${"甲乙丙丁".repeat(i % 7)}\t区残联`,
          ).join("\n"),
        { path: "conflicts.txt" },
      );
    const docs = (n: number) => [report(n)];
    expect(growthRatio((d: ReturnType<typeof docs>) => resolveCorpus(d), docs, 250)).toBeLessThan(24);
  });
});
