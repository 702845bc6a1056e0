import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";
import { halfWidthCode, toHalfWidth } from "../../_lib/text/toHalfWidth";

/**
 * How a sequence marker is written: `1.` / `1．` arabic-dot · `1、` arabic-comma · `(1)` / `（1）`
 * arabic-paren · `（一）` / `(一)` cjk-paren · `一、` cjk-comma · `一.` / `一．` cjk-dot · `1` followed
 * by a tab, spaces or nothing (a table's 序号 cell) bare.
 *
 * @example
 * ```ts
 * const style: SeqStyle = "cjk-paren"; // （二十三）
 * ```
 */
export type SeqStyle =
  "arabic-dot" | "arabic-comma" | "arabic-paren" | "cjk-paren" | "cjk-comma" | "cjk-dot" | "bare";

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

// Every pattern is sticky (tried at one position) with bounded quantifiers: linear time.
/** (1) · （1） after width folding @internal */
const ARABIC_PAREN = /\((\d{1,3})\)/y;
/** (一) · （四十一） after width folding @internal */
const CJK_PAREN = /\(([〇零一二三四五六七八九十百]{1,6})\)/y;
/** 1. · 1、 · 1 (bare) @internal */
const ARABIC = /(\d{1,3})(?!\d)([.、])?/y;
/** 一、 · 一. @internal */
const CJK = /([〇零一二三四五六七八九十百]{1,6})([.、])/y;
/** After `1.`: a four-digit year starts the text (`1.2024年全区…`), anything else makes a decimal. @internal */
const YEAR_AFTER_DOT = /\d{4}年/y;
/** After a bare number, words that make it a quantity or a date, not a row number. @internal */
const NOT_AFTER_BARE =
  "年月日号时点个家处条张套台件场次人名户所批公里米平亩万亿千百十岁项余多%‰.,:;、-—~至到·";
/** After `二、`: `三级医院` makes 二、三 an enumeration of levels, not a marker. @internal */
const ENUMERATION_AFTER_CJK = /[一二三四五六七八九十][级类档星]/y;

/** The numerals a Chinese marker is written with. @internal */
const CJK_NUMERALS = "〇零一二三四五六七八九十百";

/** Whether the character at `p` can open a marker: a bracket, a digit or a Chinese numeral. @internal */
function opensMarker(text: string, p: number): boolean {
  const c = halfWidthCode(text.charCodeAt(p));
  return c === 0x28 || isDigit(c) || (p < text.length && CJK_NUMERALS.includes(text.charAt(p)));
}

/**
 * How much of the line after the leading whitespace the patterns read: the longest marker
 * (`（四十一）`, 8) or `1.` / `二、` with what must follow it (`2024年`, `三级`) stays within 9, so
 * a long line is not folded whole. @internal
 */
const WINDOW = 16;

/**
 * Reads the numbering that opens a line: `1.` `1．` `1、` `(1)` `（1）` `（一）` `（四十一）` `一、`
 * `一.` and a bare `1` before a tab or spaces (a 序号 cell). `rest` is the line after the marker,
 * leading whitespace removed (`1.【托幼育人】…` keeps its tag). Leading whitespace before the
 * marker is allowed.
 *
 * Not markers, so null: decimals (`3.54公里`), years and dates (`2024年…`, `2024.12.31`),
 * quantities (`3 岁以下`, `100 个`), enumerations (`二、三级医院`), and 第一项 (in these
 * documents 第 N 项 cites a city item rather than numbering the line). Never throws; linear time.
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
  // Most lines open with a word: no pattern can match, so nothing is folded or matched.
  if (!opensMarker(text, p)) return null;
  const found = readAt(toHalfWidth(text.slice(p, p + WINDOW)), text, p);
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

/** Runs a sticky pattern at the start of `s`. @internal */
function execAt(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/**
 * Reads a marker at the start of `s`, the folded window of `text` that starts at `p`; the bare
 * number's look past spaces (unbounded) reads `text` itself. @internal
 */
function readAt(s: string, text: string, p: number): Found | null {
  let m = execAt(ARABIC_PAREN, s, 0);
  if (m) return { seq: Number(m[1]), style: "arabic-paren", end: p + m[0].length };
  m = execAt(CJK_PAREN, s, 0);
  if (m) {
    const seq = numeralValue(m[1] ?? "");
    return seq === null ? null : { seq, style: "cjk-paren", end: p + m[0].length };
  }
  m = execAt(ARABIC, s, 0);
  if (m) {
    const end = m[0].length;
    const seq = Number(m[1]);
    if (m[2] === "、") return { seq, style: "arabic-comma", end: p + end };
    if (m[2] === ".") {
      if (isDigit(s.charCodeAt(end)) && !execAt(YEAR_AFTER_DOT, s, end)) return null; // 3.54公里, 2.5万
      return { seq, style: "arabic-dot", end: p + end };
    }
    return bareAfter(text, p + end) ? { seq, style: "bare", end: p + end } : null;
  }
  m = execAt(CJK, s, 0);
  if (m) {
    const seq = numeralValue(m[1] ?? "");
    const end = m[0].length;
    if (seq === null) return null;
    if (m[2] === "、") {
      if (execAt(ENUMERATION_AFTER_CJK, s, end)) return null;
      return { seq, style: "cjk-comma", end: p + end };
    }
    if (isDigit(s.charCodeAt(end))) return null;
    return { seq, style: "cjk-dot", end: p + end };
  }
  return null;
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

/** @internal */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** ASCII whitespace and NBSP (the ideographic space folds to a space first). @internal */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0;
}
