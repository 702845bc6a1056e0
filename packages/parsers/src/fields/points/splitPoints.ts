import { fitted } from "../../_lib/fitted";
import { isAsciiDigitCode as isDigit } from "../../_lib/text/isAsciiDigitCode";
import { halfWidthCode } from "../../_lib/text/toHalfWidth";

/** How the points are numbered: `1.` / `1．`, `1、`, or `(1)` / `（1）`. @internal */
type PointStyle = "." | "、" | "(";

/** A marker found: where it starts and where its text starts. @internal */
interface Marker {
  readonly at: number;
  readonly end: number;
}

/**
 * Splits a narrative into its numbered sub-points: `1.aaa。 2.bbb。 3.ccc` → `["aaa。", "bbb。",
 * "ccc"]`. Numbers must run 1, 2, 3…, in one style (`1.`/`1．`, `1、`, `(1)`/`（1）`, or `①`, or `一是` when
 * the text has fewer than two of the others); the
 * numbering stops at the first number that does not follow. A number glued to a digit, letter,
 * dot or % (`58.47`, `PM2.5`) is not a marker, nor is one followed by a digit (`3.54公里`, `2、3号楼`),
 * except a four-digit year (`2.2024年度…` is point 2). Text before point 1 is not a point.
 * Returns [] when there are fewer than 2 points. Never throws; linear time.
 *
 * @category Fields
 * @param text - A progress narrative (or any cell).
 * @returns The points, trimmed, without their markers; [] when the text is not numbered.
 *
 * @example
 * ```ts
 * splitPoints("1.aaa。 2.bbb。 3.ccc");
 * //=> ["aaa。", "bbb。", "ccc"]
 * splitPoints("1.完成燃气老旧管线改造3.54公里。2.2024年度“清管行动”全面完成");
 * //=> ["完成燃气老旧管线改造3.54公里。", "2024年度“清管行动”全面完成"]
 * splitPoints("已开通57条通学公交路线。");
 * //=> []
 * ```
 */
export function splitPoints(text: string): string[] {
  const points = splitArabic(text);
  if (points.length) return points;
  const circled = splitCircled(text);
  return circled.length ? circled : splitEnumerated(text);
}

/** The points numbered 1. 2. 3. (or 1、 or (1)), or [] when there are fewer than two. @internal */
function splitArabic(text: string): string[] {
  // Markers are matched on the text's width-folded characters one by one, not on a folded copy
  // of the whole narrative: folding a Chinese narrative (full of ，（）：) costs more than the search.
  const first = findPointOne(text);
  if (first === null) return [];
  const points: string[] = [];
  const leads = new LeadFinder(text);
  let start = first.end;
  for (let n = 2; ; n++) {
    const next = findMarker(leads, n, first.style, start);
    if (next === null) break;
    points.push(text.slice(start, next.at).trim());
    start = next.end;
  }
  points.push(text.slice(start).trim());
  return points.length >= 2 ? fitted(points) : [];
}

/**
 * Points numbered ① ② ③ (a narrative with no 1. 2. 3.): each number is one character, found in
 * order with `indexOf`, so the split is linear. @internal
 */
function splitCircled(text: string): string[] {
  let start = text.indexOf(CIRCLED_ONE);
  if (start < 0) return [];
  const points: string[] = [];
  start += 1;
  // ① to ⑳: the circled numbers past 20 lie in other blocks and are rare inside a cell.
  for (let n = 2; n <= 20; n++) {
    const at = text.indexOf(String.fromCharCode(CIRCLED_ONE.charCodeAt(0) + n - 1), start);
    if (at < 0) break;
    points.push(text.slice(start, at).trim());
    start = at + 1;
  }
  points.push(text.slice(start).trim());
  return points.length >= 2 ? fitted(points) : [];
}

const CIRCLED_ONE = "①";

/** 一是 … 二是 … 三是: the points of official prose, up to 十是. */
const ENUMERATION_NUMERALS = "一二三四五六七八九十";
/** What may stand before 一是 for it to open a point: the text's start, punctuation or a space. */
const BEFORE_ENUMERATION = "。；;，,：: \n";

/**
 * Points numbered 一是 二是 三是 (a narrative with neither 1. 2. nor ① ②): each marker must open the
 * text or follow punctuation (统一是 is a word), and they must run in order. @internal
 */
function splitEnumerated(text: string): string[] {
  let at = enumerationAt(text, 0, 0);
  if (at < 0) return [];
  const points: string[] = [];
  let start = at + 2;
  for (let n = 1; n < ENUMERATION_NUMERALS.length; n++) {
    at = enumerationAt(text, n, start);
    if (at < 0) break;
    points.push(trimPoint(text.slice(start, at)));
    start = at + 2;
  }
  points.push(trimPoint(text.slice(start)));
  return points.length >= 2 ? fitted(points) : [];
}

/** Where the marker of point `n + 1` (一是 for 0) opens a point at or after `from`, or -1. */
function enumerationAt(text: string, n: number, from: number): number {
  const marker = `${ENUMERATION_NUMERALS.charAt(n)}是`;
  for (let at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1))
    if (at === 0 || BEFORE_ENUMERATION.includes(text.charAt(at - 1))) return at;
  return -1;
}

/** A point's text without the comma or colon after its marker (一是，…), trimmed. */
function trimPoint(point: string): string {
  let k = 0;
  while (k < point.length && "，,：: ".includes(point.charAt(k))) k++;
  return point.slice(k).trim();
}

/**
 * The first valid marker of point 1 in any style, the earliest one: a `1` (or `１`) before
 * `.` `．` `、` (the marker starts at the digit) or between brackets (it starts at the bracket).
 * Found from the digits alone, with the engine's `indexOf`: most narratives have few. @internal
 */
function findPointOne(text: string): (Marker & { readonly style: PointStyle }) | null {
  const ascii = firstPointOneAfter(text, "1");
  const wide = firstPointOneAfter(text, "１");
  return wide === null || (ascii !== null && ascii.at < wide.at) ? ascii : wide;
}

/** The earliest valid marker of point 1 written with this `1`. @internal */
function firstPointOneAfter(text: string, one: string): (Marker & { readonly style: PointStyle }) | null {
  for (let p = text.indexOf(one); p >= 0; p = text.indexOf(one, p + 1)) {
    const next = halfWidthCode(text.charCodeAt(p + 1));
    if (next === 0x29 && p > 0 && halfWidthCode(text.charCodeAt(p - 1)) === 0x28)
      return { at: p - 1, end: p + 2, style: "(" };
    if ((next === 0x2e || next === 0x3001) && isNumberMarker(text, p, p + 2))
      return { at: p, end: p + 2, style: next === 0x2e ? "." : "、" };
  }
  return null;
}

/**
 * Finds characters with the engine's `indexOf` (several times faster than a loop over the
 * characters), remembering each character's last find: the searches of a split only move
 * forward, so each character's finds scan the text once in all, and a split stays linear.
 * @internal
 */
class LeadFinder {
  /** Per character: the last search's start and what it found (-1: nothing from there on). */
  private readonly found = new Map<number, { from: number; at: number }>();

  constructor(readonly text: string) {}

  /** The first position at or after `from` that holds the character `code`, or -1. */
  next(code: number, from: number): number {
    const last = this.found.get(code);
    if (last !== undefined && last.from <= from && (last.at < 0 || last.at >= from)) return last.at;
    const at = this.text.indexOf(String.fromCharCode(code), from);
    this.found.set(code, { from, at });
    return at;
  }
}

/**
 * The first valid marker of number `n` at or after `from`, matched on folded characters (`２．`
 * is `2.`): its first character is found as itself or as its full-width twin. @internal
 */
function findMarker(leads: LeadFinder, n: number, style: PointStyle, from: number): Marker | null {
  const { text } = leads;
  const token = style === "(" ? `(${n})` : `${n}${style}`;
  const lead = token.charCodeAt(0);
  const wideLead = lead + 0xfee0; // `（` or `２`: the full-width twin of an ASCII character
  let ascii = leads.next(lead, from);
  let wide = leads.next(wideLead, from);
  while (ascii >= 0 || wide >= 0) {
    const at = wide < 0 || (ascii >= 0 && ascii < wide) ? ascii : wide;
    const end = at + token.length;
    if (foldsTo(text, at, token) && (style === "(" || isNumberMarker(text, at, end))) return { at, end };
    if (at === ascii) ascii = leads.next(lead, at + 1);
    else wide = leads.next(wideLead, at + 1);
  }
  return null;
}

/** Whether the text from `at` on, folded, starts with `token` (its first character already matched). @internal */
function foldsTo(text: string, at: number, token: string): boolean {
  if (at + token.length > text.length) return false;
  for (let k = 1; k < token.length; k++)
    if (halfWidthCode(text.charCodeAt(at + k)) !== token.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether `1.` / `1、` at `at`…`end` is a marker: not glued to a digit, letter, dot or % before
 * (58.47, PM2.5), not followed by a digit (3.54) unless by a four-digit year (2.2024年度). @internal
 */
function isNumberMarker(text: string, at: number, end: number): boolean {
  if (at > 0 && isGluedBefore(halfWidthCode(text.charCodeAt(at - 1)))) return false;
  return !isDigit(halfWidthCode(text.charCodeAt(end))) || isYearAhead(text, end);
}

/** `[0-9A-Za-z.%]`, by folded code. @internal */
function isGluedBefore(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x25;
}

/** Four digits (folded) and 年 from `at` on: 2024年. @internal */
function isYearAhead(text: string, at: number): boolean {
  for (let k = at; k < at + 4; k++) if (!isDigit(halfWidthCode(text.charCodeAt(k)))) return false;
  return text.charCodeAt(at + 4) === 0x5e74; // 年
}
