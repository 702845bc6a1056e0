import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";
import { toHalfWidth } from "../../_lib/text/toHalfWidth";

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
  const s = toHalfWidth(text);
  let p = 0;
  while (p < s.length && isSpace(s.charCodeAt(p))) p++;
  const found = readAt(s, p);
  if (!found || found.seq < 1) return null;
  let r = found.end;
  while (r < s.length && isSpace(s.charCodeAt(r))) r++;
  return { seq: found.seq, style: found.style, marker: text.slice(p, found.end), rest: text.slice(r) };
}

/** @internal */
interface Found {
  readonly seq: number;
  readonly style: SeqStyle;
  readonly end: number;
}

/** Reads a marker at position `p` of the folded text. @internal */
function readAt(s: string, p: number): Found | null {
  const at = <T extends RegExp>(re: T): RegExpExecArray | null => {
    re.lastIndex = p;
    return re.exec(s);
  };
  let m = at(ARABIC_PAREN);
  if (m) return { seq: Number(m[1]), style: "arabic-paren", end: p + m[0].length };
  m = at(CJK_PAREN);
  if (m) {
    const seq = decodeChineseInteger(m[1] ?? "");
    return seq === null ? null : { seq, style: "cjk-paren", end: p + m[0].length };
  }
  m = at(ARABIC);
  if (m) {
    const end = p + m[0].length;
    const seq = Number(m[1]);
    if (m[2] === "、") return { seq, style: "arabic-comma", end };
    if (m[2] === ".") {
      if (isDigit(s.charCodeAt(end))) {
        YEAR_AFTER_DOT.lastIndex = end;
        if (!YEAR_AFTER_DOT.test(s)) return null; // 3.54公里, 2.5万
      }
      return { seq, style: "arabic-dot", end };
    }
    return bareAfter(s, end) ? { seq, style: "bare", end } : null;
  }
  m = at(CJK);
  if (m) {
    const seq = decodeChineseInteger(m[1] ?? "");
    const end = p + m[0].length;
    if (seq === null) return null;
    if (m[2] === "、") {
      ENUMERATION_AFTER_CJK.lastIndex = end;
      if (ENUMERATION_AFTER_CJK.test(s)) return null;
      return { seq, style: "cjk-comma", end };
    }
    if (isDigit(s.charCodeAt(end))) return null;
    return { seq, style: "cjk-dot", end };
  }
  return null;
}

/** A bare number is a row number when a tab, the end, or spaces and then a word follow. @internal */
function bareAfter(s: string, end: number): boolean {
  if (end >= s.length || s[end] === "\t") return true;
  if (!isSpace(s.charCodeAt(end))) return false;
  let q = end;
  while (q < s.length && isSpace(s.charCodeAt(q))) {
    if (s[q] === "\t" || s[q] === "\n") return true;
    q++;
  }
  const next = s[q];
  return next === undefined || (!isDigit(next.charCodeAt(0)) && !NOT_AFTER_BARE.includes(next));
}

/** @internal */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** ASCII whitespace, NBSP and the ideographic space (already folded to a space). @internal */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0;
}
