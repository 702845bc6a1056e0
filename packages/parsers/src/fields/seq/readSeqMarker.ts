import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";
import { isAsciiDigitCode as isDigit } from "../../_lib/text/isAsciiDigitCode";
import { halfWidthCode } from "../../_lib/text/toHalfWidth";
import { CodeSet } from "../../_lib/codeSet";

/**
 * How a sequence marker is written: `1.` / `1．` / `⒈` arabic-dot · `1、` arabic-comma · `(1)` /
 * `（1）` / `1）` / `⑴` arabic-paren · `（一）` / `一）` cjk-paren · `一、` cjk-comma · `一.` / `一．` cjk-dot ·
 * `①` / `❶` circled · `第一项：` / `项目一：` item · `1` followed by a tab, spaces or nothing (a
 * table's 序号 cell) bare.
 *
 * @example
 * ```ts
 * const style: SeqStyle = "cjk-paren"; // （二十三）
 * ```
 */
export type SeqStyle =
  | "arabic-dot"
  | "arabic-comma"
  | "arabic-paren"
  | "cjk-paren"
  | "cjk-comma"
  | "cjk-dot"
  | "circled"
  | "item"
  | "bare";

/**
 * A line-leading sequence marker: its number, style, the marker as written, and the rest of the line.
 *
 * @example
 * ```ts
 * const m: SeqMarker = { seq: 23, style: "cjk-paren", marker: "（二十三）", rest: "落实…" };
 * ```
 */
export interface SeqMarker {
  readonly seq: number;
  readonly style: SeqStyle;
  readonly marker: string;
  readonly rest: string;
}

// The markers, read by hand (readAt) as these sticky patterns read the width-folded line at the
// marker's start; each run is bounded, so reading is linear:
//   (1) · （1）           /\((\d{1,3})\)/
//   (一) · （四十一）     /\(([〇零一二三四五六七八九十百]{1,6})\)/
//   1. · 1、 · 1 (bare)   /(\d{1,3})(?!\d)([.、])?/
//   一、 · 一.           /([〇零一二三四五六七八九十百]{1,6})([.、])/
//   第一项： · 第3项、   /第(\d{1,3}|[〇零一二三四五六七八九十百]{1,6})项([.、:])/
//   项目一： · 项目3.    /项目(\d{1,3}|[〇零一二三四五六七八九十百]{1,6})([.、:])/
//   ① ❶ ➀ (circled) · ⑴ (arabic-paren) · ⒈ (arabic-dot): one character each
// After `1.`, /\d{4}年/ (a year starts the text: `1.2024年全区…`); anything else makes a decimal.
// After `二、`, /[一二三四五六七八九十][级类档星]/ (`三级医院`) makes 二、三 an enumeration of levels.

/** After a bare number, words that make it a quantity or a date, not a row number. @internal */
const NOT_AFTER_BARE =
  "年月日号时点个家处条张套台件场次人名户所批公里米平亩万亿千百十岁项余多%‰.,:;、-—~至到·";

/** The numerals a Chinese marker is written with. @internal */
const CJK_NUMERALS = new CodeSet("〇零一二三四五六七八九十百");

/**
 * How much of the line after the leading whitespace a marker is read from: the longest marker
 * (`（四十一）`, 8) or `1.` / `二、` with what must follow it (`2024年`, `三级`) stays within 9.
 * @internal
 */
const WINDOW = 16;

/**
 * Reads the numbering that opens a line: `1.` `1．` `1、` `(1)` `（1）` `（一）` `（四十一）` `一、`
 * `一.`, the enclosed numbers `①` `❶` `⑴` `⒈`, `第一项：` and `项目一：`, and a bare `1` before a tab
 * or spaces (a 序号 cell). `rest` is the line after the marker, leading whitespace removed
 * (`1.【托幼育人】…` keeps its tag). Leading whitespace before the marker is allowed.
 *
 * Not markers, so null: decimals (`3.54公里`), years and dates (`2024年…`, `2024.12.31`),
 * quantities (`3 岁以下`, `100 个`), enumerations (`二、三级医院`), and 第一项 without a colon,
 * 、 or dot after it (in these documents 第 N 项 mostly cites a city item: `第5项 新增托位`). Never
 * throws; linear time.
 *
 * @category Fields
 * @param text - A line or a cell.
 * @returns The marker, or null when the line does not open with one.
 *
 * @example
 * ```ts
 * readSeqMarker("（二十三）完善养老服务");
 * //=> { seq: 23, style: "cjk-paren", marker: "（二十三）", rest: "完善养老服务" }
 * readSeqMarker("1.【托幼育人】新增托位");
 * //=> { seq: 1, style: "arabic-dot", marker: "1.", rest: "【托幼育人】新增托位" }
 * readSeqMarker("3.54公里");
 * //=> null
 * ```
 */
export function readSeqMarker(text: string): SeqMarker | null {
  let p = 0;
  while (p < text.length && isSpace(halfWidthCode(text.charCodeAt(p)))) p++;
  // Most lines open with a word: readAt tells them from their first character.
  const found = readAt(text, p);
  if (!found || found.seq < 1) return null;
  let r = found.end;
  while (r < text.length && isSpace(halfWidthCode(text.charCodeAt(r)))) r++;
  return { seq: found.seq, style: found.style, marker: text.slice(p, found.end), rest: text.slice(r) };
}

/** @internal */
interface Found {
  readonly seq: number;
  readonly style: SeqStyle;
  /** Index in the whole text where the marker ends. */
  readonly end: number;
}

/**
 * Values of the Chinese numerals read last: a document numbers its items and groups with the same
 * few numerals (一 … 四十一) line after line, and the parser reads each line more than once.
 * Bounded in entries; a numeral has at most 6 characters. @internal
 */
const numerals = new Map<string, number | null>();
const NUMERALS_MAX = 256;

/** {@link decodeChineseInteger}, remembered. @internal */
function numeralValue(word: string): number | null {
  let value = numerals.get(word);
  if (value === undefined) {
    value = decodeChineseInteger(word);
    if (numerals.size >= NUMERALS_MAX) numerals.clear();
    numerals.set(word, value);
  }
  return value;
}

/**
 * Reads a marker at `p` of `text`, character by character with widths folded, as the sticky
 * patterns listed above read the folded window starting there (the first character tells which
 * pattern can match; each run is read whole, as the patterns cannot stop inside one). A regex call
 * per pattern and a folded copy of the window per line cost more than the reading. @internal
 */
function readAt(text: string, p: number): Found | null {
  const end = Math.min(text.length, p + WINDOW);
  const c0 = codeAt(text, p, end);
  if (c0 === OPEN) {
    const digits = runLength(text, p + 1, end, isDigit, 3);
    if (digits > 0)
      return digits <= 3 && codeAt(text, p + 1 + digits, end) === CLOSE
        ? { seq: digitsValue(text, p + 1, digits), style: "arabic-paren", end: p + digits + 2 }
        : null;
    const numerals = runLength(text, p + 1, end, isCjkNumeral, 6);
    if (numerals === 0 || numerals > 6 || codeAt(text, p + 1 + numerals, end) !== CLOSE) return null;
    const seq = numeralValue(text.slice(p + 1, p + 1 + numerals));
    return seq === null ? null : { seq, style: "cjk-paren", end: p + numerals + 2 };
  }
  if (isDigit(c0)) {
    const digits = runLength(text, p, end, isDigit, 3);
    if (digits > 3) return null;
    const seq = digitsValue(text, p, digits);
    const after = codeAt(text, p + digits, end);
    if (after === IDEOGRAPHIC_COMMA) return { seq, style: "arabic-comma", end: p + digits + 1 };
    // 1） / 1): a closing bracket alone numbers as (1) does
    if (after === CLOSE) return { seq, style: "arabic-paren", end: p + digits + 1 };
    if (after === DOT) {
      // 3.54公里, 2.5万: a digit after the dot makes a decimal, unless a year starts there.
      if (isDigit(codeAt(text, p + digits + 1, end)) && !yearAt(text, p + digits + 1, end)) return null;
      return { seq, style: "arabic-dot", end: p + digits + 1 };
    }
    return bareAfter(text, p + digits) ? { seq, style: "bare", end: p + digits } : null;
  }
  if (c0 === DI) return itemAt(text, p + 1, end, ITEM);
  if (c0 === ITEM && codeAt(text, p + 1, end) === MU) return itemAt(text, p + 2, end, -1);
  const enclosed = enclosedNumber(c0);
  if (enclosed !== null) return { seq: enclosed.seq, style: enclosed.style, end: p + 1 };
  if (isCjkNumeral(c0)) {
    const numerals = runLength(text, p, end, isCjkNumeral, 6);
    if (numerals > 6) return null;
    const after = codeAt(text, p + numerals, end);
    if (after !== DOT && after !== IDEOGRAPHIC_COMMA && after !== CLOSE) return null;
    const seq = numeralValue(text.slice(p, p + numerals));
    if (seq === null) return null;
    if (after === CLOSE) return { seq, style: "cjk-paren", end: p + numerals + 1 };
    if (after === IDEOGRAPHIC_COMMA)
      return enumerationAt(text, p + numerals + 1, end)
        ? null
        : { seq, style: "cjk-comma", end: p + numerals + 1 };
    if (isDigit(codeAt(text, p + numerals + 1, end))) return null;
    return { seq, style: "cjk-dot", end: p + numerals + 1 };
  }
  return null;
}

/**
 * `第N项` (`word` 项) or `项目N` (`word` -1) from the number at `from` on: a marker only when a colon,
 * 、 or dot follows, which makes it a heading rather than a citation (`第5项 新增托位`). @internal
 */
function itemAt(text: string, from: number, end: number, word: number): Found | null {
  const digits = runLength(text, from, end, isDigit, 3);
  const numerals = digits > 0 ? 0 : runLength(text, from, end, isCjkNumeral, 6);
  const n = digits || numerals;
  if (n === 0 || digits > 3 || numerals > 6) return null;
  let k = from + n;
  if (word >= 0 && codeAt(text, k++, end) !== word) return null;
  const after = codeAt(text, k, end);
  if (after !== COLON && after !== IDEOGRAPHIC_COMMA && after !== DOT) return null;
  const seq = digits > 0 ? digitsValue(text, from, digits) : numeralValue(text.slice(from, from + n));
  return seq === null ? null : { seq, style: "item", end: k + 1 };
}

/**
 * The number of an enclosed numeral and the style it is read in: `①`–`⑳`, `㉑`–`㊿`, `❶`–`❿`, `➀`–`➉`
 * (circled), `⑴`–`⒇` (arabic-paren), `⒈`–`⒛` (arabic-dot). Null for any other character. @internal
 */
function enclosedNumber(c: number): { readonly seq: number; readonly style: SeqStyle } | null {
  if (c >= 0x2460 && c <= 0x2473) return { seq: c - 0x2460 + 1, style: "circled" };
  if (c >= 0x2474 && c <= 0x2487) return { seq: c - 0x2474 + 1, style: "arabic-paren" };
  if (c >= 0x2488 && c <= 0x249b) return { seq: c - 0x2488 + 1, style: "arabic-dot" };
  if (c >= 0x3251 && c <= 0x325f) return { seq: c - 0x3251 + 21, style: "circled" };
  if (c >= 0x32b1 && c <= 0x32bf) return { seq: c - 0x32b1 + 36, style: "circled" };
  if (c >= 0x2776 && c <= 0x277f) return { seq: c - 0x2776 + 1, style: "circled" };
  if (c >= 0x2780 && c <= 0x2789) return { seq: c - 0x2780 + 1, style: "circled" };
  return null;
}

const DI = "第".charCodeAt(0);
const ITEM = "项".charCodeAt(0);
const MU = "目".charCodeAt(0);
const COLON = 0x3a;
const OPEN = 0x28;
const CLOSE = 0x29;
const DOT = 0x2e;
const IDEOGRAPHIC_COMMA = 0x3001;

/** The width-folded code at `i`, or -1 at or past `end` (the window's end). @internal */
function codeAt(text: string, i: number, end: number): number {
  return i < end ? halfWidthCode(text.charCodeAt(i)) : -1;
}

/** How many characters from `from` pass `test`, counted up to `max + 1`. @internal */
function runLength(
  text: string,
  from: number,
  end: number,
  test: (c: number) => boolean,
  max: number,
): number {
  let n = 0;
  while (n <= max && test(codeAt(text, from + n, end))) n++;
  return n;
}

/** The value of the `n` (folded) digits at `from`. @internal */
function digitsValue(text: string, from: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 10 + (halfWidthCode(text.charCodeAt(from + i)) - 0x30);
  return v;
}

/** Whether a year (four digits and 年) starts at `i`. @internal */
function yearAt(text: string, i: number, end: number): boolean {
  for (let k = 0; k < 4; k++) if (!isDigit(codeAt(text, i + k, end))) return false;
  return codeAt(text, i + 4, end) === YEAR_CHAR;
}

/** Whether a numeral of one to ten and a word of levels (三级) start at `i` (二、三级医院). @internal */
function enumerationAt(text: string, i: number, end: number): boolean {
  return ENUMERATION_NUMERALS.has(codeAt(text, i, end)) && LEVEL_WORDS.has(codeAt(text, i + 1, end));
}

const YEAR_CHAR = "年".charCodeAt(0);
const ENUMERATION_NUMERALS = new CodeSet("一二三四五六七八九十");
const LEVEL_WORDS = new CodeSet("级类档星");

/** Whether `c` is one of the numerals a Chinese marker is written with. @internal */
function isCjkNumeral(c: number): boolean {
  return CJK_NUMERALS.has(c);
}

/**
 * A bare number is a row number when a tab, the end, or spaces and then a word follow. Reads the
 * unfolded text, folding one character at a time: the spaces may run past the folded window.
 * @internal
 */
function bareAfter(text: string, end: number): boolean {
  if (end >= text.length || text[end] === "\t") return true;
  if (!isSpace(halfWidthCode(text.charCodeAt(end)))) return false;
  let q = end;
  while (q < text.length && isSpace(halfWidthCode(text.charCodeAt(q)))) {
    if (text[q] === "\t" || text[q] === "\n") return true;
    q++;
  }
  if (q >= text.length) return true;
  const next = halfWidthCode(text.charCodeAt(q));
  return !isDigit(next) && !NOT_AFTER_BARE.includes(String.fromCharCode(next));
}

/** ASCII whitespace and NBSP (the ideographic space folds to a space first). @internal */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0;
}
