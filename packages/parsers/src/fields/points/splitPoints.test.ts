import { readFileSync } from "node:fs";
import fc from "fast-check";
import { growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { toHalfWidth } from "../../_lib/text/toHalfWidth";
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

  it("splits points numbered ① ② ③ when the text has no 1. 2. 3.", () => {
    expect(splitPoints("①已新增托位240个；②已完成选址；③正在验收。")).toEqual([
      "已新增托位240个；",
      "已完成选址；",
      "正在验收。",
    ]);
    // the numbering stops at the first number that does not follow: ④ before ③ ends it
    expect(splitPoints("前言①甲②乙④丁")).toEqual(["甲", "乙④丁"]);
    expect(splitPoints("只有①一点")).toEqual([]);
    // 1. 2. outrank ① ② inside them
    expect(splitPoints("1.新增托位：①甲②乙。2.改造小区。")).toEqual(["新增托位：①甲②乙。", "改造小区。"]);
  });

  it("splits points numbered 一是 二是 三是 when the text has no other numbering", () => {
    expect(
      splitPoints(
        "全年新增普惠托位652个。一是新建托育机构3家；二是扩充社区托育点5个；三是推动幼儿园开设托班12个。",
      ),
    ).toEqual(["新建托育机构3家；", "扩充社区托育点5个；", "推动幼儿园开设托班12个。"]);
    expect(splitPoints("一是，完成选址；二是：开工建设")).toEqual(["完成选址；", "开工建设"]);
    // 统一是 is a word, not a marker; a lone 一是 makes no points
    expect(splitPoints("标准统一是前提；二是开工")).toEqual([]);
    expect(splitPoints("一是完成选址")).toEqual([]);
    // the numbering stops at the first that does not follow in order
    expect(splitPoints("一是甲；三是丙；二是乙")).toEqual(["甲；三是丙；", "乙"]);
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

// The split before markers were matched character by character: on a width-folded copy of the
// whole text. The fast split must give exactly this.
function referenceSplitPoints(text: string): string[] {
  const s = toHalfWidth(text);
  type Style = "." | "、" | "(";
  const find = (n: number, style: Style, from: number): { at: number; end: number } | null => {
    const token = style === "(" ? `(${n})` : `${n}${style}`;
    for (let at = s.indexOf(token, from); at >= 0; at = s.indexOf(token, at + 1)) {
      const end = at + token.length;
      if (style !== "(") {
        const before = s[at - 1];
        if (before !== undefined && /[0-9A-Za-z.%]/.test(before)) continue;
        const after = s.charCodeAt(end);
        if (after >= 0x30 && after <= 0x39 && !/^\d{4}年/.test(s.slice(end, end + 5))) continue;
      }
      return { at, end };
    }
    return null;
  };
  let first: { at: number; style: Style; end: number } | null = null;
  for (const style of [".", "、", "("] as const) {
    const found = find(1, style, 0);
    if (found && (first === null || found.at < first.at)) first = { ...found, style };
  }
  if (first === null) return [];
  const points: string[] = [];
  let start = first.end;
  for (let n = 2; ; n++) {
    const next = find(n, first.style, start);
    if (next === null) break;
    points.push(text.slice(start, next.at).trim());
    start = next.end;
  }
  points.push(text.slice(start).trim());
  return points.length >= 2 ? points : [];
}

const wide = (s: string): string =>
  s.replace(/[\u0021-\u007e]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** A marker of a small number, in any style and any mix of widths: 2. ２． (2) （２） 2、 */
const marker = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) }, fc.integer({ min: 5, max: 12 })),
    fc.constantFrom(".", "、", "(", "paren-wide"),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([n, style, wideDigits, wideMark]) => {
    const digits = wideDigits ? wide(String(n)) : String(n);
    if (style === "(") return wideMark ? `（${digits}）` : `(${digits})`;
    if (style === "paren-wide") return wideMark ? `(${digits}）` : `（${digits})`;
    return digits + (style === "." && wideMark ? "．" : style);
  });

const filler = fc.constantFrom(
  "甲",
  "完成改造。",
  " ",
  "\u3000",
  "\n",
  "3.54公里",
  "３．５",
  "2024年",
  "２０２４年度",
  "202",
  "PM2.5",
  "58.47%",
  "A",
  "%",
  ".",
  "．",
  "1",
  "１",
  "11",
  "(",
  "（",
  ")",
  "）",
  "、",
  "第1、2批次",
  "①",
  "（一）",
);

/** A marker of number `n` in a style, with random widths. */
const markerOf = (n: number, style: string): fc.Arbitrary<string> =>
  fc.tuple(fc.boolean(), fc.boolean()).map(([wideDigits, wideMark]) => {
    const digits = wideDigits ? wide(String(n)) : String(n);
    if (style === "(") return wideMark ? `（${digits}）` : `(${digits})`;
    return digits + (style === "." && wideMark ? "．" : style);
  });

/** Points numbered 1, 2, 3… in one style, with filler (and stray markers) between them. */
const numberedRun = fc
  .tuple(fc.constantFrom(".", "、", "("), fc.integer({ min: 1, max: 12 }))
  .chain(([style, k]) =>
    fc.tuple(
      ...Array.from({ length: k }, (_, i) =>
        fc.tuple(markerOf(i + 1, style), fc.array(fc.oneof(filler, marker), { maxLength: 3 })),
      ),
    ),
  )
  .map((parts) => parts.map(([m, fill]) => m + fill.join("")).join(""));

const numberedText = fc
  .array(fc.oneof({ weight: 2, arbitrary: marker }, { weight: 3, arbitrary: filler }, numberedRun), {
    maxLength: 12,
  })
  .map((a) => a.join(""));

describe("splitPoints against the split on a folded copy", () => {
  it("gives the same points on any text", () => {
    fc.assert(
      fc.property(fc.oneof(numberedText, fc.string()), (text) => {
        expect(splitPoints(text)).toEqual(referenceSplitPoints(text));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });

  it("finds points in many generated texts (the comparison is not vacuous)", () => {
    let numbered = 0;
    fc.assert(
      fc.property(numberedText, (text) => {
        if (referenceSplitPoints(text).length > 0) numbered++;
      }),
      { numRuns: 1000 },
    );
    expect(numbered).toBeGreaterThan(100);
  });

  it("gives the same points on every cell of the seeds", () => {
    const cells = seed003.flatMap((line) => line.split("\t"));
    for (const cell of cells) expect(splitPoints(cell)).toEqual(referenceSplitPoints(cell));
  });

  it("stays linear on full-width markers that never run", () => {
    expect(growthRatio(splitPoints, (n: number) => "１．" + "（３）２、".repeat(n), 5000)).toBeLessThan(24);
  });

  it.each([
    { name: "markers glued to words", make: (n: number) => "统一是".repeat(n) },
    { name: "a first marker and no second", make: (n: number) => "一是" + "。一是".repeat(n) },
    { name: "circled numbers out of order", make: (n: number) => "①" + "③".repeat(n) },
  ])("stays linear on $name", ({ make }) => {
    expect(growthRatio(splitPoints, make, 5000)).toBeLessThan(24);
  });
});
