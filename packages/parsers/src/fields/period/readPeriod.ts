import type { IsoDate } from "@minsheng/core";
import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";
import { toHalfWidth } from "../../_lib/text/toHalfWidth";
import { isModelYear } from "../../_lib/year/isModelYear";

/**
 * The stretch of the year a report covers, from the year's start: Q1 (一季度), H1 (上半年),
 * Q1-Q3 (前三季度) or annual (全年/年度).
 *
 * @example
 * ```ts
 * const span: PeriodSpan = "Q1-Q3"; // 前三季度
 * ```
 */
export type PeriodSpan = "Q1" | "H1" | "Q1-Q3" | "annual";

/**
 * A period read from a title: the year when the title writes one, and the span.
 *
 * @example
 * ```ts
 * const p: PeriodReading = { year: 2024, span: "annual" };
 * ```
 */
export interface PeriodReading {
  readonly year: number | null;
  readonly span: PeriodSpan;
}

// Tried in this order: the narrower spans win over 年度/完成情况 (2024年度一季度进展 is Q1).
// Bounded patterns over a whitespace-free string: linear time.
/** @internal */
const SPANS: readonly (readonly [RegExp, PeriodSpan])[] = [
  [
    /前三季度|三季度|(?<![A-Za-z])[Qq]3(?!\d)|1[-—–~至到]9月|一至九月|截[至止]到?(?:\d{4}年)?(?:9|九)月(?:底|末|30日)/,
    "Q1-Q3",
  ],
  [
    /上半年|二季度|(?<![A-Za-z])[Qq]2(?!\d)|1[-—–~至到]6月|一至六月|截[至止]到?(?:\d{4}年)?(?:6|六)月(?:底|末|30日)/,
    "H1",
  ],
  [
    /一季度|1季度|(?<![A-Za-z])[Qq]1(?!\d)|1[-—–~至到]3月|一至三月|截[至止]到?(?:\d{4}年)?(?:3|三)月(?:底|末|31日)/,
    "Q1",
  ],
  [
    /四季度|(?<![A-Za-z])[Qq]4(?!\d)|全年|年度|完成情况|1[-—–~至到]12月|一至十二月|截[至止]到?(?:\d{4}年)?(?:(?:12|十二)月(?:底|末|31日)|年底|年末)/,
    "annual",
  ],
];
/** 2024年 · 2024年度 @internal */
const YEAR = /(?<!\d)(\d{4})年/;
/** 二〇二四年 @internal */
const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?=年)/;

/**
 * Reads the period of a section or document title. `year` is null when the title writes none
 * (the caller takes it from the document). `二季度` is read as H1 and `三季度` as Q1-Q3, since a
 * quarterly report covers the year so far; `四季度`, `全年`, `年度` and `完成情况` are annual.
 * A report as of the end of a quarter (`截至6月底`, `截止到2024年9月30日`, `截至年底`) covers
 * the year up to it; one as of another day names no span.
 * Returns null when the title names no span. Never throws; linear time.
 *
 * @category Fields
 * @param text - A title.
 * @returns The year and span, or null.
 *
 * @example
 * ```ts
 * readPeriod("东城区主责项目一季度进展情况表");
 * //=> { year: null, span: "Q1" }
 * readPeriod("大兴区2024年度市实事任务进展情况");
 * //=> { year: 2024, span: "annual" }
 * ```
 */
export function readPeriod(text: string): PeriodReading | null {
  const s = toHalfWidth(text).replace(/\s+/g, "");
  const span = SPANS.find(([re]) => re.test(s))?.[1];
  if (span === undefined) return null;
  return { year: readYear(s), span };
}

/**
 * The as-of date of a period: the last day of its span.
 *
 * @category Fields
 * @param year - The period's year.
 * @param span - The period's span.
 * @returns `YYYY-03-31` (Q1), `YYYY-06-30` (H1), `YYYY-09-30` (Q1-Q3) or `YYYY-12-31` (annual).
 *
 * @example
 * ```ts
 * periodEnd(2024, "Q1-Q3");
 * //=> "2024-09-30"
 * ```
 */
export function periodEnd(year: number, span: PeriodSpan): IsoDate {
  const end = span === "Q1" ? "03-31" : span === "H1" ? "06-30" : span === "Q1-Q3" ? "09-30" : "12-31";
  return `${String(Math.trunc(year)).padStart(4, "0")}-${end}`;
}

/** The first plausible year the title writes, in digits or Chinese numerals. @internal */
function readYear(s: string): number | null {
  const digits = YEAR.exec(s)?.[1];
  const chinese = CHINESE_YEAR.exec(s)?.[0];
  const year =
    digits !== undefined ? Number(digits) : chinese !== undefined ? decodeChineseInteger(chinese) : null;
  return isModelYear(year) ? year : null;
}
