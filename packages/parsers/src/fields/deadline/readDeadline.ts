import { isAsciiDigitCode } from "../../_lib/text/isAsciiDigitCode";
import type { Deadline } from "@minsheng/core";
import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";
import { toHalfWidth } from "../../_lib/text/toHalfWidth";

// Deadline grammar of the documents, written by hand: chrono-node reads 12月底 as the 15th, knows
// no quarters, drops 前, and takes 57 s on one seed line (design/LIBRARIES.md).
//
// Linear time: the text is folded (full-width → ASCII) and ALL whitespace is removed in one pass
// before any pattern runs, so no pattern ever meets a run of spaces; every pattern below has only
// bounded quantifiers and is tried once per position.

/** 2024-12-31 · 2024/12/31 · 2024.12.31 · 2024年12月31日 (one separator throughout: 2024年1-12月 is a range) @internal */
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})(?:年(\d{1,2})月|([-/.])(\d{1,2})\3)(\d{1,2})(?!\d)/;
/** 2024年12月底前 · 2024年12月 · 2024-12 · 2024年9月中旬 @internal */
const YEAR_MONTH =
  /(?<!\d)(\d{4})(?:年|[-/.](?=\d{1,2}(?:$|[^\d.])))(\d{1,2})(?!\d)月?(份)?(月?[底末]|上旬|中旬|下旬|初)?/;
/** 12月底前 · 6月30日 · 9月中旬 (year from the context) @internal */
const MONTH = /(?<![\d年])(\d{1,2})月份?(?:(\d{1,2})[日号]|(月?[底末]|上旬|中旬|下旬|初))?/;
/** 一季度 · 第一季度 · 前三季度 · 2024年四季度 · 三季度末 @internal */
const QUARTER = /(?:(?<!\d)(\d{4})年(?:度|第)?)?(?:前|第)?([1-4一二三四])季度/;
/** Q4 · 2024Q3 · 2024年Q2 · 2024-Q1 (year from the context when none is written) @internal */
const QUARTER_Q = /(?:(?<!\d)(\d{4})[年\-/.]?)?(?<![A-Z])Q([1-4])(?![\dA-Z])/i;
/** 上半年 · 下半年 · 年中 · 2024年上半年 @internal */
const HALF = /(?:(?<!\d)(\d{4})年)?([上下])半年|(?:(?<!\d)(\d{4})年)?年中/;
/** 2024年底 · 2024年内 · 2024年 · 2024年度 @internal */
const YEAR = /(?<!\d)(\d{4})年/;
/** 年底前 · 年内 · 年末 · 今年 · 本年度 · 全年 (year from the context) @internal */
const THIS_YEAR = /年[底末内]|今年|本年|全年/;
/** A four-character Chinese year: 二〇二四年 @internal */
const CHINESE_YEAR = /[〇零一二三四五六七八九]{4}(?=年)/g;
/** A Chinese month: 十二月, 九月 — not 一季度, not 三个月 @internal */
const CHINESE_MONTH = /(?<![〇零一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])(?=月)/g;
/** Any character CHINESE_YEAR or CHINESE_MONTH could match @internal */
const CHINESE_DIGIT = /[〇零一二三四五六七八九十]/;
/**
 * What separates the two ends of a range (2024年11月至12月 · 6月—12月 · 3月-6月底 · 2024.6-2024.12),
 * or the dates of a list (2024年6月、12月): the deadline is the last. A hyphen separates only after a
 * date's word or before a year, since 2024-12 and 2024-12-31 are dates; a comma only after a date's word.
 * @internal
 */
const RANGE_SEPARATOR = /[至到—–~]|(?<=[年月日底末])[-、，,和及]|-(?=\d{4}(?:\D|$))|(?<=\d)-(?=\d{1,2}月)/;
/** 次年3月 · 翌年 · 明年: the year after the range's start @internal */
const NEXT_YEAR = /次年|翌年|明年/;
/** 国庆节前 · 2024年国庆前: the day before October 1st @internal */
const NATIONAL_DAY = /(?:(?<!\d)(\d{4})年)?国庆节?前/;
/** A festival of the lunar calendar, or 元旦, after a year: that year's end is not its deadline @internal */
const YEAR_FESTIVAL = /(?<!\d)\d{4}年(?:春节|元旦|清明|端午|中秋|元宵)/;
/** Words that only strive for the date @internal */
const HEDGE = /力争|争取|力求/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/**
 * Reads a deadline cell (完成时限 / 完成期限 / 完成时间) into the last day allowed.
 *
 * Precision is `day` for a written day and for 上旬/中旬/下旬 (→ the 10th, 20th, last day), `month`
 * for a month or a quarter/half-year end, `year` for a year end (年底前, 2024年). A date without a
 * year (12月底前, 年底前, 一季度) takes `ctx.year`; without one it is unreadable. `hedged` is true for
 * 力争/争取. Returns null when no date can be read (长期, 持续推进): the caller adds a diagnostic.
 * `text` is the input with whitespace runs collapsed and trimmed. Never throws; linear time.
 *
 * @category Fields
 * @param text - The cell text, as written.
 * @param ctx - The document's year, for dates written without one.
 * @returns The deadline, or null when the text names no readable date.
 *
 * @example
 * ```ts
 * readDeadline("2024年12月底前", { year: null });
 * //=> { date: "2024-12-31", precision: "month", text: "2024年12月底前", hedged: false }
 * readDeadline("年底前", { year: 2024 });
 * //=> { date: "2024-12-31", precision: "year", text: "年底前", hedged: false }
 * readDeadline("力争2026年8月底前", { year: 2024 });
 * //=> { date: "2026-08-31", precision: "month", text: "力争2026年8月底前", hedged: true }
 * readDeadline("长期", { year: 2024 });
 * //=> null
 * ```
 */
export function readDeadline(text: string, ctx: { readonly year: number | null }): Deadline | null {
  const s = normalize(text);
  if (!s) return null;
  const year = validYear(ctx.year);
  const found = readRangeEnd(s, year) ?? readDate(s, year);
  if (!found) return null;
  return {
    date: found.date,
    precision: found.precision,
    text: text.replace(/\s+/g, " ").trim(),
    hedged: HEDGE.test(s),
  };
}

/**
 * A year written with two digits before a month or a year's end (24年12月, 25年底): the documents
 * are of this century, and a two-digit count of years (10年内) is not followed by a month. @internal
 */
const TWO_DIGIT_YEAR = /(?<![\d.])([12]\d)年(?=\d{1,2}月|[底末])/g;

/** Whether some 年 has exactly two digits before it: most cells write four, and are not rewritten. */
function hasTwoDigitYear(s: string): boolean {
  for (let at = s.indexOf("年"); at >= 0; at = s.indexOf("年", at + 1))
    if (
      at >= 2 &&
      isAsciiDigitCode(s.charCodeAt(at - 1)) &&
      isAsciiDigitCode(s.charCodeAt(at - 2)) &&
      !isAsciiDigitCode(s.charCodeAt(at - 3))
    )
      return true;
  return false;
}

/** Folds widths, removes whitespace and rewrites Chinese years and months and two-digit years as digits. @internal */
function normalize(text: string): string {
  const folded = toHalfWidth(text).replace(/\s+/g, "");
  const s = hasTwoDigitYear(folded) ? folded.replace(TWO_DIGIT_YEAR, "20$1年") : folded;
  // Most cells write their dates in digits: the Chinese-numeral rewrites run only when one is there.
  if (!CHINESE_DIGIT.test(s)) return s;
  return s
    .replace(CHINESE_YEAR, (w) => String(decodeChineseInteger(w) ?? w))
    .replace(CHINESE_MONTH, (w) => String(decodeChineseInteger(w) ?? w));
}

/** @internal */
interface Found {
  readonly date: string;
  readonly precision: Deadline["precision"];
}

/**
 * The end of a range (2024年11月至12月 → 2024-12-31), its year taken from the start when the end
 * writes none; null when `s` is no range of dates, or its end comes before its start. @internal
 */
function readRangeEnd(s: string, ctxYear: number | null): Found | null {
  const parts = s.split(RANGE_SEPARATOR);
  if (parts.length < 2) return null;
  const start = readDate(parts[0] ?? "", ctxYear);
  const startYear = start ? Number(start.date.slice(0, 4)) : ctxYear;
  const last = parts[parts.length - 1] ?? "";
  const next = NEXT_YEAR.test(last);
  const end = readDate(
    next ? last.replace(NEXT_YEAR, "") : last,
    next && startYear !== null ? startYear + 1 : startYear,
  );
  return end !== null && (start === null || end.date >= start.date) ? end : null;
}

/** Tries the patterns from the most to the least precise. @internal */
function readDate(s: string, ctxYear: number | null): Found | null {
  let m = YEAR_MONTH_DAY.exec(s);
  if (m) {
    const d = day(Number(m[1]), Number(m[2] ?? m[4]), Number(m[5]));
    if (d) return { date: d, precision: "day" };
  }
  m = YEAR_MONTH.exec(s);
  if (m) {
    const r = monthPart(Number(m[1]), Number(m[2]), m[4]);
    if (r) return r;
  }
  m = MONTH.exec(s);
  if (m && ctxYear !== null) {
    const month = Number(m[1]);
    if (m[2] !== undefined) {
      const d = day(ctxYear, month, Number(m[2]));
      if (d) return { date: d, precision: "day" };
    } else {
      const r = monthPart(ctxYear, month, m[3]);
      if (r) return r;
    }
  }
  m = QUARTER.exec(s);
  if (m) {
    const year = m[1] !== undefined ? validYear(Number(m[1])) : ctxYear;
    const q = "1一2二3三4四".indexOf(m[2] ?? "") >> 1; // 0..3
    if (year !== null && q >= 0) return endOfMonth(year, (q + 1) * 3, "month");
  }
  m = QUARTER_Q.exec(s);
  if (m) {
    const year = m[1] !== undefined ? validYear(Number(m[1])) : ctxYear;
    if (year !== null) return endOfMonth(year, Number(m[2]) * 3, "month");
  }
  m = HALF.exec(s);
  if (m) {
    const written = m[1] ?? m[3];
    const year = written !== undefined ? validYear(Number(written)) : ctxYear;
    if (year !== null) return endOfMonth(year, m[2] === "下" ? 12 : 6, "month");
  }
  m = NATIONAL_DAY.exec(s);
  if (m) {
    const year = m[1] !== undefined ? validYear(Number(m[1])) : ctxYear;
    if (year !== null) return { date: day(year, 9, 30) ?? "", precision: "day" };
  }
  // 2025年春节前: the festival's date moves with the lunar calendar; the year's end is not the deadline.
  if (YEAR_FESTIVAL.test(s)) return null;
  m = YEAR.exec(s);
  if (m) {
    const year = validYear(Number(m[1]));
    if (year !== null) return endOfMonth(year, 12, "year");
  }
  if (ctxYear !== null && THIS_YEAR.test(s)) return endOfMonth(ctxYear, 12, "year");
  return null;
}

/** A month with an optional part: 底/末 → last day, 上旬 → 10th, 中旬 → 20th, 下旬 → last day. @internal */
function monthPart(year: number, month: number, part: string | undefined): Found | null {
  if (validYear(year) === null || month < 1 || month > 12) return null;
  if (part === "上旬" || part === "初") return { date: day(year, month, 10) ?? "", precision: "day" };
  if (part === "中旬") return { date: day(year, month, 20) ?? "", precision: "day" };
  if (part === "下旬") return endOfMonth(year, month, "day");
  return endOfMonth(year, month, "month");
}

/** The last day of a month. @internal */
function endOfMonth(year: number, month: number, precision: Deadline["precision"]): Found {
  return { date: day(year, month, daysInMonth(year, month)) ?? "", precision };
}

/** `YYYY-MM-DD` for a real calendar day, else null. @internal */
function day(year: number, month: number, dayOfMonth: number): string | null {
  if (validYear(year) === null || month < 1 || month > 12 || dayOfMonth < 1) return null;
  if (dayOfMonth > daysInMonth(year, month)) return null;
  // Written by hand: date-fns' format parses its pattern on every call, and the year is 4 digits.
  return `${year}-${twoDigits(month)}-${twoDigits(dayOfMonth)}`;
}

/**
 * The days of a month (1–12) of the Gregorian calendar, counted without a Date: date-fns'
 * getDaysInMonth builds and copies Dates on every call. @internal
 */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** @internal */
function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The year when it is plausible for these documents, else null. @internal */
function validYear(year: number | null): number | null {
  return year !== null && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}
