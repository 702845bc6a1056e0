import { readFileSync } from "node:fs";
import fc from "fast-check";
import { growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";
import { halfWidthCode, toHalfWidth } from "../../_lib/text/toHalfWidth";
import { readSeqMarker, type SeqStyle } from "./readSeqMarker";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);
const cjk = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** 1 → 一, 23 → 二十三, 41 → 四十一 (test-only encoder, up to 99). */
const toCjk = (n: number): string =>
  n < 10 ? (cjk[n] ?? "") : `${n >= 20 ? cjk[Math.floor(n / 10)] : ""}十${cjk[n % 10]}`;

describe("readSeqMarker", () => {
  it("reads the examples of its documentation", () => {
    expect(readSeqMarker("（二十三）完善养老服务")).toEqual({
      seq: 23,
      style: "cjk-paren",
      marker: "（二十三）",
      rest: "完善养老服务",
    });
    expect(readSeqMarker("1.【托幼育人】新增托位")).toEqual({
      seq: 1,
      style: "arabic-dot",
      marker: "1.",
      rest: "【托幼育人】新增托位",
    });
    expect(readSeqMarker("3.54公里")).toBeNull();
  });

  it.each<readonly [string, string, number, SeqStyle, string, string]>([
    ["reads 1. as arabic-dot", "1.通过新建、改扩建等方式", 1, "arabic-dot", "1.", "通过新建、改扩建等方式"],
    ["reads a full-width dot as arabic-dot", "12．完善", 12, "arabic-dot", "12．", "完善"],
    ["reads 1、 as arabic-comma", "1、新增", 1, "arabic-comma", "1、", "新增"],
    ["reads (1) as arabic-paren", "(1)新增", 1, "arabic-paren", "(1)", "新增"],
    ["reads （1） as arabic-paren", "（1）新增", 1, "arabic-paren", "（1）", "新增"],
    ["reads 1） as arabic-paren", "1）新增", 1, "arabic-paren", "1）", "新增"],
    ["reads 12) as arabic-paren", "12) 新增", 12, "arabic-paren", "12)", "新增"],
    ["reads 三） as cjk-paren", "三）新增", 3, "cjk-paren", "三）", "新增"],
    ["reads （一） as cjk-paren", "（一）新开工10个", 1, "cjk-paren", "（一）", "新开工10个"],
    ["reads (一) as cjk-paren", "(一)新开工", 1, "cjk-paren", "(一)", "新开工"],
    ["reads （四十一） as 41", "（四十一）推进", 41, "cjk-paren", "（四十一）", "推进"],
    [
      "reads 一、 as cjk-comma",
      "一、东城区 2023 年重要民生实事项目完成情况",
      1,
      "cjk-comma",
      "一、",
      "东城区 2023 年重要民生实事项目完成情况",
    ],
    ["reads 一. as cjk-dot", "一.总体要求", 1, "cjk-dot", "一.", "总体要求"],
    ["reads 十二、 as 12", "十二、其他", 12, "cjk-comma", "十二、", "其他"],
    ["reads a 序号 cell before a tab as bare", "8\t<p>市实事第 21 项", 8, "bare", "8", "<p>市实事第 21 项"],
    ["reads a 序号 cell alone as bare", "\t1", 1, "bare", "1", ""],
    ["reads a bare number before spaces and a word", "1 市实事第 1 项", 1, "bare", "1", "市实事第 1 项"],
    [
      "reads a point followed by a year as a marker",
      "2.2024年度“清管行动”全面完成",
      2,
      "arabic-dot",
      "2.",
      "2024年度“清管行动”全面完成",
    ],
    ["reads full-width digits", "１２、新增", 12, "arabic-comma", "１２、", "新增"],
    ["reads ① as circled", "①新增养老家庭照护床位200张。", 1, "circled", "①", "新增养老家庭照护床位200张。"],
    ["reads ⑳ as 20", "⑳推进", 20, "circled", "⑳", "推进"],
    ["reads ㉑ as 21", "㉑推进", 21, "circled", "㉑", "推进"],
    ["reads ㊿ as 50", "㊿推进", 50, "circled", "㊿", "推进"],
    ["reads ❸ as circled", "❸推进", 3, "circled", "❸", "推进"],
    ["reads ⑵ as arabic-paren", "⑵新增", 2, "arabic-paren", "⑵", "新增"],
    ["reads ⒊ as arabic-dot", "⒊新增", 3, "arabic-dot", "⒊", "新增"],
    ["reads 第一项： as item", "第一项：新增普惠托位200个。", 1, "item", "第一项：", "新增普惠托位200个。"],
    ["reads 第12项、 as item", "第12项、建设", 12, "item", "第12项、", "建设"],
    [
      "reads 项目三： as item",
      "项目三：建设“一刻钟便民生活圈”5个",
      3,
      "item",
      "项目三：",
      "建设“一刻钟便民生活圈”5个",
    ],
    ["reads 项目 2. as item", "项目2.建设", 2, "item", "项目2.", "建设"],
    [
      "allows leading spaces and keeps the rest's own spacing",
      "  1. 督导共享单车企业",
      1,
      "arabic-dot",
      "1.",
      "督导共享单车企业",
    ],
  ])("%s", (_name, text, seq, style, marker, rest) => {
    expect(readSeqMarker(text)).toEqual({ seq, style, marker, rest });
  });

  it.each([
    ["does not take a decimal", "3.54公里"],
    ["does not take 2.5万", "2.5万户"],
    ["does not take a year", "2024年，东城区聚焦"],
    ["does not take a year with a space", "2024 年通州区重要民生实事项目"],
    ["does not take a dotted date", "2024.12.31"],
    ["does not take an ISO date", "2024-12-31"],
    ["does not take a month", "12月底前完成"],
    ["does not take an age", "3 岁以下"],
    ["does not take a quantity", "100 个老旧小区"],
    ["does not take an enumeration of levels", "二、三级医院药事服务进社区"],
    ["does not take 第一项 (a citation form in these documents)", "第一项 新增托位"],
    ["does not take 第5项 before a word", "第5项任务已完成"],
    ["does not take 项目 before a word", "项目名称：新增托位"],
    ["does not take 项目 and a numeral before a word", "项目一期工程"],
    ["does not take 第 with no 项", "第一批：新增"],
    ["does not take 0.", "0.5公里"],
    ["does not take a parenthesised year", "（2023年-2025年）"],
    ["does not take a Chinese word that is no numeral", "十分重视"],
    ["does not take text", "序号"],
    ["does not take an empty line", ""],
  ])("%s", (_name, text) => {
    expect(readSeqMarker(text)).toBeNull();
  });

  it("reads every （N） of seed 002 in order", () => {
    const seed = readFileSync(
      new URL("../../../../../seeds/002_006c3378358f9c0c.txt", import.meta.url),
      "utf8",
    );
    const seqs = seed
      .split("\n")
      .map(readSeqMarker)
      .filter((m) => m?.style === "cjk-paren")
      .map((m) => m?.seq);
    expect(seqs.length).toBeGreaterThan(30);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it("reads back any number it is given, in every style", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom("新增托位", "【托幼育人】新增", "推进"),
        (n, rest) => {
          const c = toCjk(n);
          const cases: readonly (readonly [string, SeqStyle])[] = [
            [`${n}.`, "arabic-dot"],
            [`${n}、`, "arabic-comma"],
            [`(${n})`, "arabic-paren"],
            [`（${n}）`, "arabic-paren"],
            [`（${c}）`, "cjk-paren"],
            [`${c}、`, "cjk-comma"],
            [`${c}．`, "cjk-dot"],
            [`${n}\t`, "bare"],
          ];
          for (const [marker, style] of cases)
            expect(readSeqMarker(marker + rest)).toEqual({ seq: n, style, marker: marker.trim(), rest });
        },
      ),
      { numRuns },
    );
  });

  it("never throws, and its marker and rest are pieces of the line", () => {
    const pieces = fc.constantFrom(
      "1",
      "2",
      ".",
      "．",
      "、",
      "(",
      "（",
      ")",
      "）",
      "一",
      "十",
      "年",
      " ",
      "\t",
      "3.54",
      "2024",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((a) => a.join("")),
        ),
        (text) => {
          const m = readSeqMarker(text);
          if (m) {
            expect(m.seq).toBeGreaterThanOrEqual(1);
            expect(text.includes(m.marker)).toBe(true);
            expect(text.endsWith(m.rest)).toBe(true);
          }
        },
      ),
      { numRuns },
    );
  });

  it("reads past the first characters of a long line as it reads a short one", () => {
    const long = "新增托位".repeat(50);
    expect(readSeqMarker(`1${" ".repeat(40)}${long}`)?.rest).toBe(long);
    expect(readSeqMarker(`1${"　".repeat(40)}个`)).toBeNull();
    expect(readSeqMarker(`1${" ".repeat(40)}１２`)).toBeNull();
    expect(readSeqMarker(`1${" ".repeat(40)}`)).toEqual({ seq: 1, style: "bare", marker: "1", rest: "" });
    expect(readSeqMarker(`${"　".repeat(30)}（四十一）${"　".repeat(30)}推进`)).toEqual({
      seq: 41,
      style: "cjk-paren",
      marker: "（四十一）",
      rest: "推进",
    });
    expect(readSeqMarker(`1．２０２４年${long}`)?.style).toBe("arabic-dot");
    expect(readSeqMarker(`二、三级${long}`)).toBeNull();
  });

  it.each([
    { name: "spaces before a marker", make: (n: number) => " ".repeat(n) + "1." },
    { name: "digits", make: (n: number) => "1".repeat(n) },
    { name: "open brackets", make: (n: number) => "（".repeat(n) },
    { name: "number words", make: (n: number) => "一".repeat(n) },
  ])("stays linear on long lines of $name", ({ make }) => {
    expect(growthRatio(readSeqMarker, make, 25_000)).toBeLessThan(24);
  });
});

// readSeqMarker as it was before the marker was read by hand: the width-folded window matched
// with sticky patterns, one after the other.
const OLD = {
  ARABIC_PAREN: /\((\d{1,3})\)/y,
  CJK_PAREN: /\(([〇零一二三四五六七八九十百]{1,6})\)/y,
  ARABIC: /(\d{1,3})(?!\d)([.、)])?/y,
  CJK: /([〇零一二三四五六七八九十百]{1,6})([.、)])/y,
  YEAR_AFTER_DOT: /\d{4}年/y,
  ENUMERATION_AFTER_CJK: /[一二三四五六七八九十][级类档星]/y,
  ITEM: /(?:第(\d{1,3}|[〇零一二三四五六七八九十百]{1,6})项|项目(\d{1,3}|[〇零一二三四五六七八九十百]{1,6}))[.、:]/y,
  ENCLOSED: /[\u2460-\u249b\u3251-\u325f\u32b1-\u32bf\u2776-\u277f\u2780-\u2789]/y,
};
/** The enclosed numerals' blocks: first code, number of the first, style. */
const OLD_ENCLOSED: readonly (readonly [number, number, number, SeqStyle])[] = [
  [0x2460, 0x2473, 1, "circled"],
  [0x2474, 0x2487, 1, "arabic-paren"],
  [0x2488, 0x249b, 1, "arabic-dot"],
  [0x3251, 0x325f, 21, "circled"],
  [0x32b1, 0x32bf, 36, "circled"],
  [0x2776, 0x277f, 1, "circled"],
  [0x2780, 0x2789, 1, "circled"],
];
const oldExecAt = (re: RegExp, s: string, at: number) => {
  re.lastIndex = at;
  return re.exec(s);
};
const isSpaceCode = (c: number) => [0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c, 0xa0].includes(halfWidthCode(c));
/** Only the patterns are replaced: the bare number's look past spaces is the module's own (via a bare line). */
function oldReadAt(s: string): { seq: number; style: SeqStyle; end: number; bare?: true } | null {
  let m = oldExecAt(OLD.ITEM, s, 0);
  if (m) {
    const n = m[1] ?? m[2] ?? "";
    const seq = /^\d+$/.test(n) ? Number(n) : decodeChineseInteger(n);
    return seq === null ? null : { seq, style: "item", end: m[0].length };
  }
  if (oldExecAt(OLD.ENCLOSED, s, 0)) {
    const c = s.charCodeAt(0);
    for (const [first, last, from, style] of OLD_ENCLOSED)
      if (c >= first && c <= last) return { seq: c - first + from, style, end: 1 };
  }
  m = oldExecAt(OLD.ARABIC_PAREN, s, 0);
  if (m) return { seq: Number(m[1]), style: "arabic-paren", end: m[0].length };
  m = oldExecAt(OLD.CJK_PAREN, s, 0);
  if (m) {
    const seq = decodeChineseInteger(m[1] ?? "");
    return seq === null ? null : { seq, style: "cjk-paren", end: m[0].length };
  }
  m = oldExecAt(OLD.ARABIC, s, 0);
  if (m) {
    const end = m[0].length;
    const seq = Number(m[1]);
    if (m[2] === "、") return { seq, style: "arabic-comma", end };
    if (m[2] === ")") return { seq, style: "arabic-paren", end };
    if (m[2] === ".") {
      const c = s.charCodeAt(end);
      if (c >= 0x30 && c <= 0x39 && !oldExecAt(OLD.YEAR_AFTER_DOT, s, end)) return null;
      return { seq, style: "arabic-dot", end };
    }
    return { seq, style: "bare", end, bare: true };
  }
  m = oldExecAt(OLD.CJK, s, 0);
  if (m) {
    const seq = decodeChineseInteger(m[1] ?? "");
    const end = m[0].length;
    if (seq === null) return null;
    if (m[2] === ")") return { seq, style: "cjk-paren", end };
    if (m[2] === "、")
      return oldExecAt(OLD.ENUMERATION_AFTER_CJK, s, end) ? null : { seq, style: "cjk-comma", end };
    const c = s.charCodeAt(end);
    if (c >= 0x30 && c <= 0x39) return null;
    return { seq, style: "cjk-dot", end };
  }
  return null;
}
function oldReadSeqMarker(
  text: string,
): { seq: number; style: SeqStyle; marker: string; rest: string } | null {
  let p = 0;
  while (p < text.length && isSpaceCode(text.charCodeAt(p))) p++;
  const found = oldReadAt(toHalfWidth(text.slice(p, p + 16)));
  if (!found || found.seq < 1) return null;
  const end = p + found.end;
  // The bare number's look past the number (unchanged, and not a pattern) is asked of the module.
  if (found.bare && readSeqMarker(text)?.style !== "bare") return null;
  let r = end;
  while (r < text.length && isSpaceCode(text.charCodeAt(r))) r++;
  return { seq: found.seq, style: found.style, marker: text.slice(p, end), rest: text.slice(r) };
}

describe("readSeqMarker read by hand", () => {
  const piece = fc.constantFrom(
    "(",
    ")",
    "（",
    "）",
    "1",
    "12",
    "123",
    "1234",
    "０",
    "９",
    "一",
    "二十三",
    "四十一",
    "〇",
    "零",
    "百",
    "一二三四五六七",
    ".",
    "．",
    "、",
    "2024年",
    "２０２４年",
    "三级",
    "二类",
    "年",
    " ",
    "\u3000",
    "\t",
    "公里",
    "万",
    "项",
    "新增",
    "a",
    "-",
    "第",
    "项目",
    "：",
    "①",
    "⑳",
    "⑴",
    "⒈",
    "㉑",
    "❶",
  );
  it("reads every line as the sticky patterns did", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        expect(readSeqMarker(text)).toEqual(oldReadSeqMarker(text));
      }),
      { numRuns },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        expect(readSeqMarker(text)).toEqual(oldReadSeqMarker(text));
      }),
      { numRuns },
    );
  });

  it("reads the bounds of every run as the patterns did", () => {
    for (const open of ["", "(", "（"])
      for (const run of ["1", "12", "123", "1234", "一", "二十三", "一二三四五六", "一二三四五六七"])
        for (const close of ["", ")", "）", ".", "．", "、", "1", "2024年", "三级", " 新增"]) {
          const text = `${open}${run}${close}新增托位`;
          expect(readSeqMarker(text)).toEqual(oldReadSeqMarker(text));
        }
  });
});
