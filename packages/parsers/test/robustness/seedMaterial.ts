// Generators built from the seeds: their characters, their words and the markers of the layouts,
// so random text looks like the documents (labels, numbering, tables, HTML debris) and reaches the
// parser's deeper paths instead of stopping at "no layout".
import { readFileSync } from "node:fs";
import { seedPaths } from "@minsheng/test-utils";
import fc from "fast-check";

/** Every seed's text. */
export const SEEDS: readonly string[] = seedPaths().map((p) => readFileSync(p, "utf8"));

const lines = SEEDS.flatMap((s) => s.split("\n")).filter((l) => l.trim());
const chars = [...new Set([...SEEDS.join("")])];

/** Markers of the layouts and fields, as the seeds and other districts write them. */
const MARKERS = [
  "序号",
  "主责单位：",
  "配合单位：",
  "完成时限：",
  "完成期限：",
  "进展情况",
  "任务内容",
  "任务进度",
  "任务来源",
  "（一）",
  "（二）",
  "一、",
  "二、",
  "1.",
  "2、",
  "12.",
  "(3)",
  "①",
  "第一项",
  "市实事第1项",
  "市民生实事第2项",
  "\t",
  "\t\t",
  "<p>",
  "</p>",
  "<td>",
  "<br>",
  "&nbsp;",
  "\n",
  "\n\n",
  "\r\n",
  "   ",
  "\u3000",
  "：",
  ":",
  "已完成",
  "推进中",
  "年底前",
  "2024年12月底前",
  "一季度",
  "上半年",
  "万",
  "亿",
  "余",
  "两",
  "个",
  "万元",
  "%",
  "区教委",
  "各街道办事处",
  "东城区",
  "2024年",
  "，",
  "。",
  "；",
  "、",
  "（",
  "）",
  "《",
  "》",
  "“",
  "”",
];

/** One seed character. */
export const seedChar = fc.constantFrom(...chars);
/** A slice of a seed line (a word, a phrase, or the whole line). */
export const seedSlice = fc
  .tuple(fc.constantFrom(...lines), fc.nat(), fc.nat(40))
  .map(([l, a, n]) => l.slice(a % l.length, (a % l.length) + 1 + n));
/** A layout or field marker. */
export const marker = fc.constantFrom(...MARKERS);
/** Digits, Arabic or Chinese, the way figures are written. */
export const figure = fc.oneof(
  fc.integer({ min: 0, max: 100000 }).map(String),
  fc.double({ min: 0, max: 10000, noNaN: true }).map((x) => x.toFixed(2)),
  fc.stringMatching(/^[零一二三四五六七八九十百千万亿两]{1,6}$/),
);

/** Text made of seed characters, seed phrases, markers and figures: CJK-heavy and document-like. */
export const seedLikeText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: marker },
      { weight: 3, arbitrary: seedSlice },
      { weight: 2, arbitrary: seedChar },
      { weight: 1, arbitrary: figure },
    ),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(""));

/** Lines of seed-like text, each possibly a line of a seed, joined with line breaks. */
export const seedLikeLines = fc
  .array(fc.oneof(seedLikeText, fc.constantFrom(...lines)), { maxLength: 40 })
  .map((ls) => ls.join("\n"));
