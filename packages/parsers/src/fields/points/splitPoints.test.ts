import { readFileSync } from "node:fs";
import fc from "fast-check";
import { growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { splitPoints } from "./splitPoints";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);
const seed003 = readFileSync(
  new URL("../../../../../seeds/003_af483f4de0f66109.txt", import.meta.url),
  "utf8",
).split("\n");

describe("splitPoints", () => {
  it("reads the examples of its documentation", () => {
    expect(splitPoints("1.aaa。 2.bbb。 3.ccc")).toEqual(["aaa。", "bbb。", "ccc"]);
    expect(splitPoints("1.完成燃气老旧管线改造3.54公里。2.2024年度“清管行动”全面完成")).toEqual([
      "完成燃气老旧管线改造3.54公里。",
      "2024年度“清管行动”全面完成",
    ]);
    expect(splitPoints("已开通57条通学公交路线。")).toEqual([]);
  });

  it.each<readonly [string, string, readonly string[]]>([
    ["splits points numbered with full-width dots", "1．甲。2．乙。", ["甲。", "乙。"]],
    ["splits points numbered with 、", "1、甲；2、乙", ["甲；", "乙"]],
    ["splits points numbered with parentheses", "（1）甲。（2）乙。(3)丙", ["甲。", "乙。", "丙"]],
    [
      "splits points with spaces after the marker",
      " 1. 督导。 2. 开展。 3. 成立。",
      ["督导。", "开展。", "成立。"],
    ],
    [
      "reads point 1 followed by a year",
      "1.2024年全区托位3516个，占比58.47%。2.免费提供保险。",
      ["2024年全区托位3516个，占比58.47%。", "免费提供保险。"],
    ],
    [
      "does not split at a decimal that happens to carry the next number",
      "1.改造2.5公里。2.完成",
      ["改造2.5公里。", "完成"],
    ],
    ["does not split at PM2.5", "1.PM2.5浓度下降。2.完成", ["PM2.5浓度下降。", "完成"]],
    ["stops where the numbers stop running", "1.甲。2.乙。4.丁", ["甲。", "乙。4.丁"]],
    ["leaves text before point 1 out of the points", "总体顺利。1.甲。2.乙", ["甲。", "乙"]],
    ["splits points across paragraphs", "1.甲。\n2.乙。", ["甲。", "乙。"]],
    [
      "counts past nine",
      Array.from({ length: 12 }, (_, i) => `${i + 1}.p${i + 1}。`).join(""),
      Array.from({ length: 12 }, (_, i) => `p${i + 1}。`),
    ],
    ["returns nothing for a single point", "1.只有一点。", []],
    ["returns nothing for a decimal", "完成1.3万批次。", []],
    ["returns nothing for an enumeration", "第1、2批次", []],
    ["returns nothing for empty text", "", []],
  ])("%s", (_name, text, want) => {
    expect(splitPoints(text)).toEqual(want);
  });

  it("splits seed 003 line 54 into its points, keeping 3.54公里 and point 2.2024年度", () => {
    const points = splitPoints(seed003[53] ?? "");
    expect(points[0]).toBe("完成燃气老旧管线改造3.54公里。");
    expect(points[1]?.startsWith("2024年度“清管行动”全面完成")).toBe(true);
  });

  it("splits seed 003 line 62 into four points", () => {
    expect(splitPoints(seed003[61] ?? "")).toHaveLength(4);
  });

  it("gives back the points it was built from", () => {
    const chinese = fc
      .array(fc.constantFrom(..."完成改造公里全面，。推进".split("")), { minLength: 1, maxLength: 20 })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(
        fc.array(chinese, { minLength: 2, maxLength: 15 }),
        fc.constantFrom(".", "．", "、"),
        (ps, sep) => {
          const cleaned = ps.map((p) => p.trim()).filter((p) => p.length > 0);
          fc.pre(cleaned.length >= 2);
          expect(splitPoints(cleaned.map((p, i) => `${i + 1}${sep}${p}`).join(" "))).toEqual(cleaned);
        },
      ),
      { numRuns },
    );
  });

  it("never throws, and returns none or at least two points", () => {
    const pieces = fc.constantFrom(
      "1.",
      "2.",
      "3.",
      "1、",
      "2、",
      "(1)",
      "（2）",
      "3.54",
      "2024年",
      "。",
      " ",
      "甲",
      "PM2.5",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((a) => a.join("")),
        ),
        (text) => {
          const got = splitPoints(text);
          expect(got.length === 0 || got.length >= 2).toBe(true);
        },
      ),
      { numRuns },
    );
  });

  it.each([
    { name: "repeated markers", make: (n: number) => "1.".repeat(n) },
    { name: "decimals after a marker", make: (n: number) => "1." + "2.5".repeat(n) },
    {
      name: "thousands of points",
      make: (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}.甲`).join(""),
    },
  ])("stays linear on $name", ({ make }) => {
    expect(growthRatio(splitPoints, make, 5000)).toBeLessThan(24);
  });
});
