// Figures that are not quantities: dates, ages, codes and names, ordinals, rankings, scopes,
// year-on-year deltas, existing stock (targets), and plans (actuals). Each rule looks a bounded
// distance around the figure, so the reader stays linear on any input.

import {
  endsAt,
  includesCode,
  isClauseEndCode,
  isDigitCode,
  isHorizontalSpaceCode,
  isLatinLetterCode,
  isRangeSeparatorCode,
  skipSpaces,
  skipSpacesBack,
} from "./charClasses";
import { FACILITY_MEASURE_WORDS } from "./measureWords";
import { byFirstChar, byLastChar, filedUnder, wordAt, wordEndingAt, type WordIndex } from "./wordIndex";

// Codes compared on the hot path (text.charCodeAt(k) === DI allocates nothing, text[k] does).
const HASH = "#".charCodeAt(0);
const NUMERO = "№".charCodeAt(0);
const LINE_FEED = "\n".charCodeAt(0);
const CARRIAGE_RETURN = "\r".charCodeAt(0);
const DI = "第".charCodeAt(0);
const QIAN = "前".charCodeAt(0);
const NEI = "内".charCodeAt(0);
const DE = "的".charCodeAt(0);
const GONG = "共".charCodeAt(0);

/** Words after a number that make it a date, an age, a time, a level or a name, not a count. */
const NOT_COUNT_WORDS: readonly string[] = [
  "周岁",
  "季度",
  "世纪",
  "年代",
  "小时",
  "号线",
  "街区",
  "年",
  "月",
  "日",
  "号",
  "届",
  "岁",
  "时",
  "点",
  "分",
  "秒",
  "天",
  "周",
  "级",
  "线",
  "路",
  "版",
  "代",
  "楼",
  "层",
  "倍",
  "微克",
  "毫克",
];
const NOT_COUNT_BY_FIRST_CHAR = byFirstChar(NOT_COUNT_WORDS);

/**
 * True when the words right after a figure make it a date, age, time, level or name:
 * `2024 年`, `3 岁以下`, `二、三级`, `M101线`, `53、54 路`, `1102街区`.
 *
 * @param text - The text
 * @param at - The index after the number token
 * @returns Whether the figure is not a count
 *
 * @example
 * ```ts
 * isFollowedByNonCountWord("65 岁以上", 2);
 * //=> true
 * ```
 * @internal
 */
export function isFollowedByNonCountWord(text: string, at: number): boolean {
  const k = skipSpaces(text, at, 3, false);
  return wordAt(NOT_COUNT_BY_FIRST_CHAR, text, k) !== null;
}

/**
 * True when a number is glued to Latin letters, so it is part of a name or code: `5G`, `PM2.5`,
 * `M101`, `in88`, `XR2`.
 *
 * @param text - The text
 * @param start - Index of the first digit
 * @param coreEnd - Index after the digits
 * @returns Whether the number is part of a name
 *
 * @example
 * ```ts
 * isGluedToLetters("5G+院前急救", 0, 1);
 * //=> true
 * ```
 * @internal
 */
export function isGluedToLetters(text: string, start: number, coreEnd: number): boolean {
  return (
    isLatinLetterCode(text.charCodeAt(start - 1)) ||
    isLatinLetterCode(text.charCodeAt(coreEnd)) ||
    text.charCodeAt(start - 1) === HASH ||
    text.charCodeAt(start - 1) === NUMERO
  );
}

const POINT_OPENERS = "。；;！!？?：:>）)】」";

/**
 * True when `at` starts a point of a list: the start of the text, a line, or what follows the end
 * of a sentence or an HTML tag (`。2.制定…`, `<p>1.对标…`). A long run of spaces also separates.
 *
 * @param text - The text
 * @param at - Index of a number
 * @returns Whether a list point may start there
 *
 * @example
 * ```ts
 * isPointStart("工作。 2.制定方案", 4);
 * //=> true
 * ```
 * @internal
 */
export function isPointStart(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && at - k < 12) {
    const code = text.charCodeAt(k - 1);
    if (code === LINE_FEED || code === CARRIAGE_RETURN) return true;
    if (!isHorizontalSpaceCode(code)) return includesCode(POINT_OPENERS, code);
    k--;
  }
  return true;
}

/**
 * True when the figure is an ordinal: `第 1 项`, `第N批`.
 *
 * @param text - The text
 * @param start - Index of the number
 * @returns Whether 第 stands before it
 *
 * @example
 * ```ts
 * isOrdinal("市实事第 1 项", 5);
 * //=> true
 * ```
 * @internal
 */
export function isOrdinal(text: string, start: number): boolean {
  return text.charCodeAt(skipSpacesBack(text, start, 2) - 1) === DI;
}

/**
 * True for a ranking: `前 100 名`, `前10位` — a cut-off, not a count.
 *
 * @param text - The text
 * @param start - Index of the number
 * @param unit - The measure word read after it
 * @returns Whether the figure ranks
 *
 * @example
 * ```ts
 * isRanking("投诉量前 100 名的小区", 5, "名");
 * //=> true
 * ```
 * @internal
 */
export function isRanking(text: string, start: number, unit: string): boolean {
  return (unit === "名" || unit === "位") && text.charCodeAt(skipSpacesBack(text, start, 2) - 1) === QIAN;
}

/**
 * True for a scope: the measure word is followed by 范围 (`155平方公里范围内`).
 *
 * @param text - The text
 * @param unitEnd - The index after the measure word
 * @returns Whether the figure sizes a scope
 *
 * @example
 * ```ts
 * isScope("155平方公里范围内", 7);
 * //=> true
 * ```
 * @internal
 */
export function isScope(text: string, unitEnd: number): boolean {
  return text.startsWith("范围", skipSpaces(text, unitEnd, 1, false));
}

/**
 * True for a hotline number: `12345 市民服务热线`, `“12345”热线`.
 *
 * @param text - The text
 * @param start - Index of the number
 * @param end - The index after it
 * @returns Whether the number dials a hotline
 *
 * @example
 * ```ts
 * isHotline("对 12345 市民服务热线", 2, 7);
 * //=> true
 * ```
 * @internal
 */
export function isHotline(text: string, start: number, end: number): boolean {
  if (end - start !== 5 || !text.startsWith("123", start)) return false;
  let k = skipSpaces(text, end, 2, false);
  if (text[k] === "”" || text[k] === '"') k++;
  return text.startsWith("热线", k) || text.startsWith("市民", k) || text.startsWith("服务热线", k);
}

/** Set phrases with number words that count nothing. */
const IDIOMS: readonly string[] = [
  "最后一公里",
  "一微克",
  "一刻钟",
  "一把手",
  "一岗双责",
  "八项规定",
  "一站式",
  "一体化",
  "一盘棋",
  "一张图",
  "一网通",
  "两个确立",
  "两个维护",
  "四个意识",
  "四个自信",
  "四个中心",
  "三个务必",
  "五个必须",
  "四种形态",
  "一件事",
];

/** Each idiom filed under each of its characters, with where that character stands in it. */
const IDIOMS_BY_CHAR: WordIndex<{ readonly idiom: string; readonly offset: number }> = byFirstChar(
  IDIOMS.flatMap((idiom) => [...idiom].map((_, offset) => ({ idiom, offset }))),
  ({ idiom, offset }) => idiom.slice(offset),
);

/**
 * True when a Chinese number word at `start` is part of a set phrase: `最后一公里`, `一刻钟`, `一把手`.
 *
 * @param text - The text
 * @param start - Index of the number word
 * @returns Whether the number is part of an idiom
 *
 * @example
 * ```ts
 * isIdiom("打通“最后一公里”", 5);
 * //=> true
 * ```
 * @internal
 */
export function isIdiom(text: string, start: number): boolean {
  for (const { idiom, offset } of filedUnder(IDIOMS_BY_CHAR, text.charCodeAt(start)))
    if (start - offset >= 0 && text.startsWith(idiom, start - offset)) return true;
  return false;
}

/**
 * Looks back from `at` to the start of its clause (at most `max` characters) for one of `words`
 * (filed by last character). Returns the nearest one and where it starts, or null.
 */
function findInClauseBefore(
  text: string,
  at: number,
  max: number,
  words: WordIndex<string>,
): { word: string; start: number } | null {
  for (let end = at; end > 0 && at - end <= max; end--) {
    if (isClauseEndCode(text.charCodeAt(end - 1))) return null;
    const w = wordEndingAt(words, text, end);
    if (w !== null) return { word: w, start: end - w.length };
  }
  return null;
}

const DELTA_WORDS = [
  "同比",
  "环比",
  "比上年",
  "较上年",
  "比去年",
  "较去年",
  "比上季度",
  "较上季度",
  "比上月",
  "较上月",
];
const DELTA_BY_LAST_CHAR = byLastChar(DELTA_WORDS);

/**
 * True for a year-on-year delta (`同比减少 9 件`): a change, not work done.
 *
 * @param text - The text
 * @param start - Index of the figure
 * @returns Whether the figure is a delta
 *
 * @example
 * ```ts
 * isDelta("公文 16 件，同比减少 9 件", 13);
 * //=> true
 * ```
 * @internal
 */
export function isDelta(text: string, start: number): boolean {
  return findInClauseBefore(text, start, 8, DELTA_BY_LAST_CHAR) !== null;
}

const STOCK_WORDS = ["全区", "全市", "辖区", "现有", "已有", "全镇", "全街道"];

/**
 * True for existing stock in a target: `全区174家养老驿站` — 全区/全市/辖区/现有 right before a count of
 * facilities describes what exists, not what is promised (`全区5万燃气用户` is the promise's reach
 * and stays).
 *
 * @param text - The text
 * @param start - Index of the figure
 * @param unit - Its measure word
 * @returns Whether the figure is existing stock
 *
 * @example
 * ```ts
 * isExistingStock("充分发挥全区174家养老驿站助餐功能", 6, "家");
 * //=> true
 * ```
 * @internal
 */
export function isExistingStock(text: string, start: number, unit: string): boolean {
  if (!FACILITY_MEASURE_WORDS.has(unit)) return false;
  let k = skipSpacesBack(text, start, 2);
  const last = text.charCodeAt(k - 1);
  if (last === NEI || last === DE || last === GONG) k = skipSpacesBack(text, k - 1, 2);
  return STOCK_WORDS.some((w) => endsAt(text, k, w));
}

const PLAN_WORDS = ["拟", "计划", "预计", "准备", "力争", "争取", "将于", "即将", "下一步", "预期"];
const PLAN_BY_LAST_CHAR = byLastChar(PLAN_WORDS);

/**
 * True when an actual figure is only planned (`拟建设 1 家`, `计划完成 3 个`): the clause before it
 * says so. 拟制/拟定 (drafted) and 按计划 (as planned) report work done and do not count.
 *
 * @param text - The text
 * @param start - Index of the figure
 * @returns Whether the figure is a plan
 *
 * @example
 * ```ts
 * isPlanned("拟建设 1 家老年护理中心", 4);
 * //=> true
 * ```
 * @internal
 */
export function isPlanned(text: string, start: number): boolean {
  for (let end = start; end > 0 && start - end <= 30; end--) {
    const last = text.charCodeAt(end - 1);
    if (isClauseEndCode(last)) return false;
    for (const w of filedUnder(PLAN_BY_LAST_CHAR, last)) {
      if (!endsAt(text, end, w)) continue;
      if (w === "拟" && includesCode("制定稿订", text.charCodeAt(end))) continue;
      if (w === "计划" && includesCode("按照据依", text.charCodeAt(end - w.length - 1))) continue;
      return true;
    }
  }
  return false;
}

/**
 * The separators of ranges and dates: `2-3 岁`, `2024-12-31`, `(2021-2025)`, `3至5个`.
 *
 * @param text - The text
 * @param at - The index after a number
 * @returns Whether a range or date separator followed by a digit stands there
 *
 * @example
 * ```ts
 * continuesRange("2-3 岁", 1);
 * //=> true
 * ```
 * @internal
 */
export function continuesRange(text: string, at: number): boolean {
  return isRangeSeparatorCode(text.charCodeAt(at)) && isDigitCode(text.charCodeAt(at + 1));
}
