// Figures that are not quantities: dates, ages, codes and names, ordinals, rankings, scopes,
// year-on-year deltas, existing stock (targets), and plans (actuals). Each rule looks a bounded
// distance around the figure, so the reader stays linear on any input.

import {
  CLAUSE_END_CHARS,
  DIGIT_CHARS,
  codeBeforeSpaces,
  codeFlags,
  endsAt,
  flagsAt,
  includesCode,
  isDigitCode,
  isHorizontalSpaceCode,
  isLatinLetterCode,
  isPointOpenerCode,
  isRangeSeparatorCode,
  skipSpaces,
  skipSpacesBack,
} from "./charClasses";
import {
  COMPARATOR_GAP,
  COMPARATOR_WINDOW,
  COMPARATOR_LAST_CHARS,
  comparatorEndingAt,
  type ComparatorBefore,
} from "./comparatorWords";
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
  const before = text.charCodeAt(start - 1);
  return (
    isLatinLetterCode(before) ||
    before === HASH ||
    before === NUMERO ||
    isLatinLetterCode(text.charCodeAt(coreEnd))
  );
}

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
    if (!isHorizontalSpaceCode(code)) return isPointOpenerCode(code);
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
  return codeBeforeSpaces(text, start, 2) === DI;
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
  return (unit === "名" || unit === "位") && codeBeforeSpaces(text, start, 2) === QIAN;
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
/** How many characters before a figure a delta word may end. */
const DELTA_WINDOW = 8;

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
  return hasWordInClauseBefore(text, start, DELTA_END);
}

const STOCK_WORDS = ["全区", "全市", "辖区", "现有", "已有", "全镇", "全街道"];
const STOCK_BY_LAST_CHAR = byLastChar(STOCK_WORDS);

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
  return wordEndingAt(STOCK_BY_LAST_CHAR, text, k) !== null;
}

const PLAN_WORDS = ["拟", "计划", "预计", "准备", "力争", "争取", "将于", "即将", "下一步", "预期"];
const PLAN_BY_LAST_CHAR = byLastChar(PLAN_WORDS);
/** How many characters before a figure a plan word may end. */
const PLAN_WINDOW = 30;

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
  return hasWordInClauseBefore(text, start, PLAN_END);
}

/** Whether a plan word ends at `end` that says a plan: not 拟制/拟定 (drafted), not 按计划 (as planned). */
function isPlanWordEndingAt(text: string, end: number): boolean {
  for (const w of filedUnder(PLAN_BY_LAST_CHAR, text.charCodeAt(end - 1))) {
    if (!endsAt(text, end, w)) continue;
    if (w === "拟" && includesCode("制定稿订", text.charCodeAt(end))) continue;
    if (w === "计划" && includesCode("按照据依", text.charCodeAt(end - w.length - 1))) continue;
    return true;
  }
  return false;
}

/**
 * True for a delta ({@link isDelta}) or, when `plans`, a plan ({@link isPlanned}): the two rules in
 * one walk back over the clause, since both look back from where the figure's words start.
 *
 * @param text - The text
 * @param start - Index where the figure's words start
 * @param plans - Whether plans are excluded too (actual figures)
 * @returns `isDelta(text, start) || (plans && isPlanned(text, start))`
 *
 * @example
 * ```ts
 * [isDeltaOrPlanned("拟建设 1 家", 4, true), isDeltaOrPlanned("拟建设 1 家", 4, false)];
 * //=> [true, false]
 * ```
 * @internal
 */
export function isDeltaOrPlanned(text: string, start: number, plans: boolean): boolean {
  return hasWordInClauseBefore(text, start, plans ? DELTA_END | PLAN_END : DELTA_END);
}

// What the walks back over a clause ask of each character, in one table read: most characters
// neither end the clause nor end a delta, plan or comparator word, nor are a digit.
const CLAUSE_END = 1;
const DELTA_END = 2;
const PLAN_END = 4;
const DIGIT = 8;
const COMPARATOR_END = 16;
const lastChars = (words: readonly string[]): string => words.map((w) => w.slice(-1)).join("");
const CLAUSE_FLAGS = codeFlags([
  [CLAUSE_END, CLAUSE_END_CHARS],
  [DELTA_END, lastChars(DELTA_WORDS)],
  [PLAN_END, lastChars(PLAN_WORDS)],
  [DIGIT, DIGIT_CHARS],
  [COMPARATOR_END, COMPARATOR_LAST_CHARS],
]);

/**
 * Whether a delta word (flag DELTA_END, within DELTA_WINDOW of `start`) or a plan word (PLAN_END,
 * within PLAN_WINDOW) ends at `end`; `flags` holds the flags of the character before `end` that
 * the caller asks about.
 */
function endsRuleWord(text: string, start: number, end: number, flags: number): boolean {
  return (
    ((flags & DELTA_END) !== 0 &&
      start - end <= DELTA_WINDOW &&
      wordEndingAt(DELTA_BY_LAST_CHAR, text, end) !== null) ||
    ((flags & PLAN_END) !== 0 && start - end <= PLAN_WINDOW && isPlanWordEndingAt(text, end))
  );
}

/**
 * What the words before a figure say (see {@link readWordsBefore}).
 *
 * @example
 * ```ts
 * const before: WordsBefore = { comparator: null, excluded: false }; // 新增 47 家
 * ```
 * @internal
 */
export interface WordsBefore {
  /** The comparator word before the figure, as {@link findComparatorBefore} finds it, or null. */
  comparator: ComparatorBefore | null;
  /** Whether a delta or, when asked, a plan stands before where the figure's words start. */
  excluded: boolean;
}

/**
 * Reads the words before a figure in one walk back over its clause: the comparator that
 * {@link findComparatorBefore} finds, and whether {@link isDeltaOrPlanned} holds from where the
 * figure's words start (the comparator word's start, else `start`). Both look at the same few
 * characters, so the walk reads each once; only when a comparator is found do the rules look again,
 * from where its word starts.
 *
 * @param text - The text
 * @param start - Index of the figure
 * @param plans - Whether plans are excluded too (actual figures)
 * @param into - The record to fill (a new one by default): the reader reuses one for every figure
 * @returns The comparator and whether the figure is a delta or a plan
 *
 * @example
 * ```ts
 * readWordsBefore("同比减少不少于 9 件", 8, false);
 * //=> { comparator: { comparator: ">=", start: 4, adjacent: true }, excluded: true }
 * ```
 * @internal
 */
export function readWordsBefore(
  text: string,
  start: number,
  plans: boolean,
  into: WordsBefore = { comparator: null, excluded: false },
): WordsBefore {
  const touching = skipSpacesBack(text, start, COMPARATOR_GAP);
  const rules = plans ? DELTA_END | PLAN_END : DELTA_END;
  let excluded = false;
  let end = Math.min(touching, text.length); // past the end of the text there is nothing to read
  // first the comparator's window, until a digit (another figure): a comparator word found there
  // moves where the figure's words start, and the rules look back from there instead
  for (const last = Math.max(touching - COMPARATOR_WINDOW, 1); end >= last; end--) {
    // end - 1 is within the text here: read directly, without flagsAt's bounds checks
    const flags = CLAUSE_FLAGS[text.charCodeAt(end - 1)] ?? 0;
    if (flags === 0) continue;
    if ((flags & CLAUSE_END) !== 0) return wordsBefore(into, null, excluded);
    if ((flags & DIGIT) !== 0) {
      end--;
      break;
    }
    if ((flags & COMPARATOR_END) !== 0) {
      const comparator = comparatorEndingAt(text, end, end === touching);
      if (comparator !== null)
        return wordsBefore(into, comparator, isDeltaOrPlanned(text, comparator.start, plans));
    }
    if (!excluded && endsRuleWord(text, start, end, flags & rules)) excluded = true;
  }
  // then the rest of the rules' window
  const last = Math.max(start - (plans ? PLAN_WINDOW : DELTA_WINDOW), 1);
  for (; !excluded && end >= last; end--) {
    const flags = (CLAUSE_FLAGS[text.charCodeAt(end - 1)] ?? 0) & (rules | CLAUSE_END);
    if (flags === 0) continue;
    if ((flags & CLAUSE_END) !== 0) break;
    excluded = endsRuleWord(text, start, end, flags);
  }
  return wordsBefore(into, null, excluded);
}

function wordsBefore(into: WordsBefore, comparator: ComparatorBefore | null, excluded: boolean): WordsBefore {
  into.comparator = comparator;
  into.excluded = excluded;
  return into;
}

/**
 * Looks back from `start` to the start of its clause for the words of `rules` (DELTA_END: a delta
 * word ending at most DELTA_WINDOW characters before; PLAN_END: a plan word, PLAN_WINDOW).
 */
function hasWordInClauseBefore(text: string, start: number, rules: number): boolean {
  const max = (rules & PLAN_END) !== 0 ? PLAN_WINDOW : DELTA_WINDOW;
  for (let end = start; end > 0 && start - end <= max; end--) {
    const flags = flagsAt(CLAUSE_FLAGS, text, end - 1) & (rules | CLAUSE_END);
    if (flags === 0) continue;
    if ((flags & CLAUSE_END) !== 0) return false;
    if (endsRuleWord(text, start, end, flags)) return true;
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
