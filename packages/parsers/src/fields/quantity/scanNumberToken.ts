// Finds where a number token starts and ends in running text: Arabic (1,234 / 58.47 / １２) or
// Chinese (两 / 三千), with the 万/亿 multipliers and 余/多 markers that belong to it
// (1 万, 260 余万, 8.3\n\n万, 11 万余). Decoding is decodeChineseNumber's job.

import { decodeChineseNumber, type DecodedNumber } from "../../_lib/numerals/decodeChineseNumber";
import { isAnySpaceCode, isChineseNumberBodyCode, isDigitCode, skipSpaces } from "./charClasses";
import { matchMeasureWord } from "./measureWords";

/**
 * A number token found in a text.
 *
 * @example
 * ```ts
 * const t: NumberToken = { kind: "arabic", start: 0, coreEnd: 3, end: 6, value: 2600000, approximate: true, multiplied: true, integerDigits: 3 };
 * ```
 * @internal
 */
export interface NumberToken {
  readonly kind: "arabic" | "chinese";
  /** Index of the first character. */
  readonly start: number;
  /** Index after the digits (or Chinese number word), before any gap, marker or multiplier. */
  readonly coreEnd: number;
  /** Index after the whole token. */
  readonly end: number;
  readonly value: number;
  readonly approximate: boolean;
  /** True when 万 or 亿 multiplies the number (a bare 5万 still counts something). */
  readonly multiplied: boolean;
  /** Digits before the decimal point (4 for 2024): years and codes are told apart by it. */
  readonly integerDigits: number;
}

/** Arabic digit runs longer than this are not numbers (codes, garbage); they are skipped whole. */
const MAX_DIGITS = 20;
const MAX_CHINESE = 12;

/**
 * Tokens decoded so far. A text repeats a few tokens (1, 2024, 一, 两) many times, and decoding is
 * a pure function of the token, so each is decoded once. Cleared when full, to stay bounded; long
 * tokens are rare and not kept (in V8 a long slice may hold on to the whole text).
 */
const DECODED = new Map<string, DecodedNumber | null>();
const MAX_DECODED = 1024;
const MAX_KEPT_LENGTH = 12;

// Codes compared on the hot path (text.charCodeAt(k) === WAN allocates nothing).
const COMMA = ",".charCodeAt(0);
const POINT = ".".charCodeAt(0);
const WIDE_POINT = "．".charCodeAt(0);
const WAN = "万".charCodeAt(0);
const YI = "亿".charCodeAt(0);
const QIAN = "千".charCodeAt(0);
const BAI = "百".charCodeAt(0);
const YU = "余".charCodeAt(0);
const DUO = "多".charCodeAt(0);
const ASCII_ZERO = "0".charCodeAt(0);
const ASCII_NINE = "9".charCodeAt(0);
const WIDE_ZERO = "０".charCodeAt(0);
/** Integers of up to 15 digits are exact doubles: their value is summed digit by digit. */
const MAX_PLAIN_DIGITS = 15;

function isPointCode(code: number): boolean {
  return code === POINT || code === WIDE_POINT;
}

function isBigCode(code: number): boolean {
  return code === WAN || code === YI;
}

function isMarkerCode(code: number): boolean {
  return code === YU || code === DUO;
}

function decodeToken(token: string): DecodedNumber | null {
  if (token.length > MAX_KEPT_LENGTH) return decodeChineseNumber(token);
  let decoded = DECODED.get(token);
  if (decoded === undefined) {
    if (DECODED.size >= MAX_DECODED) DECODED.clear();
    decoded = decodeChineseNumber(token);
    DECODED.set(token, decoded);
  }
  return decoded;
}

function isDigitAt(text: string, k: number): boolean {
  return isDigitCode(text.charCodeAt(k));
}

/**
 * The digits of an Arabic number, as {@link readArabicDigits} reads them.
 *
 * @example
 * ```ts
 * const d: ArabicDigits = { end: 9, plainValue: -1, integerDigits: 4, pointAt: 7, tooLong: false }; // 1,234.5
 * ```
 * @internal
 */
export interface ArabicDigits {
  /** Index after the digits. */
  end: number;
  /**
   * The value of the digits when they are a plain integer of up to 15 digits (1, 2024, １２), else
   * -1: most numbers are, and their value is summed as they are read, sparing a slice and decoding.
   */
  plainValue: number;
  /** Digits before the decimal point, thousands separators aside. */
  integerDigits: number;
  /** Index of the decimal point, or -1. */
  pointAt: number;
  /** True when the run is longer than a number can be. */
  tooLong: boolean;
}

/**
 * Reads the digits of an Arabic number at `at`: integer digits, ASCII thousands groups, and a
 * decimal part. Returns where they end and how many integer digits there are; a run longer than
 * the limit is returned with `tooLong` so the caller skips it.
 *
 * @param text - The text
 * @param at - Index of the first digit
 * @param into - The record to fill (a new one by default): the reader reuses one for every number
 * @returns The end of the digits, the count of integer digits, and whether the run is too long
 *
 * @example
 * ```ts
 * [readArabicDigits("共 1,234.5 人", 2), readArabicDigits("共 2024 年", 2)];
 * //=> [{ end: 9, plainValue: -1, integerDigits: 4, pointAt: 7, tooLong: false }, { end: 6, plainValue: 2024, integerDigits: 4, pointAt: -1, tooLong: false }]
 * ```
 * @internal
 */
export function readArabicDigits(
  text: string,
  at: number,
  into: ArabicDigits = { end: 0, plainValue: -1, integerDigits: 0, pointAt: -1, tooLong: false },
): ArabicDigits {
  let k = at;
  // the value is summed as the digits are read: exact for up to MAX_PLAIN_DIGITS of them
  let value = 0;
  for (let code = text.charCodeAt(k); isDigitCode(code); code = text.charCodeAt(++k))
    value = value * 10 + (code <= ASCII_NINE ? code - ASCII_ZERO : code - WIDE_ZERO);
  const run = k - at;
  let integerDigits = run;
  // 1,234,567: groups of exactly three after one to three digits
  if (integerDigits <= 3 && text.charCodeAt(k) === COMMA) {
    while (
      text.charCodeAt(k) === COMMA &&
      isDigitAt(text, k + 1) &&
      isDigitAt(text, k + 2) &&
      isDigitAt(text, k + 3) &&
      !isDigitAt(text, k + 4)
    ) {
      k += 4;
      integerDigits += 3;
    }
  }
  let pointAt = -1;
  if (isPointCode(text.charCodeAt(k)) && isDigitAt(text, k + 1)) {
    pointAt = k;
    k++;
    while (isDigitAt(text, k)) k++;
  }
  into.end = k;
  // plain: no thousands separators, no decimals, not too long to sum exactly
  into.plainValue = k - at === run && run <= MAX_PLAIN_DIGITS ? value : -1;
  into.integerDigits = integerDigits;
  into.pointAt = pointAt;
  into.tooLong = k - at > MAX_DIGITS;
  return into;
}

/**
 * Extends the digits ending at `coreEnd` with what belongs to the number: a gap of up to four
 * spaces or line breaks before 余/万/亿 (`1 万`, `8.3\n\n万`), the markers 余/多 before or after the
 * multipliers (`260 余万`, `11 万余`), then decodes it.
 *
 * @param text - The text
 * @param start - Index of the first digit
 * @param digits - The digits read from `start` by {@link readArabicDigits}
 * @returns The token, or null when the words do not decode
 *
 * @example
 * ```ts
 * extendArabicToken("260 余万居民用户", 0, readArabicDigits("260 余万居民用户", 0))?.value;
 * //=> 2600000
 * ```
 * @internal
 */
export function extendArabicToken(text: string, start: number, digits: ArabicDigits): NumberToken | null {
  const coreEnd = digits.end;
  // most numbers stand alone (2024年, 3个): when no space, 千/百, 余/多 or 万/亿 follows the digits,
  // nothing can extend them
  if (!mayExtendWith(text.charCodeAt(coreEnd))) return coreToken(text, start, digits);
  let end = coreEnd;
  let k = skipSpaces(text, coreEnd, 4, true);
  let approximate = false;
  let multiplied = false;
  // 5千 / 3百 attach without a gap, and only before a marker, 万 or a measure-like continuation
  let code = text.charCodeAt(k);
  if (
    k === coreEnd &&
    (code === QIAN || code === BAI) &&
    !isAnySpaceCode(text.charCodeAt(k + 1)) &&
    matchMeasureWord(text, k) === null
  ) {
    k++;
    end = k;
    code = text.charCodeAt(k);
  }
  if (
    code === YU ||
    (code === DUO && (isBigCode(text.charCodeAt(k + 1)) || matchMeasureWord(text, k + 1) !== null))
  ) {
    approximate = true;
    k++;
    end = k;
    code = text.charCodeAt(k);
  }
  let big = 0;
  while (big < 2 && isBigCode(code)) {
    k++;
    big++;
    multiplied = true;
    end = k;
    code = text.charCodeAt(k);
  }
  if (!approximate && multiplied && isMarkerCode(code)) {
    approximate = true;
    end = k + 1;
  }
  if (end === coreEnd) return coreToken(text, start, digits);
  const integerDigits = digits.integerDigits;
  const headEnd = end;
  if (multiplied && !approximate && isDigitCode(code)) {
    // 13万2 (a lone digit one place below: 132000) and 1亿2000万: the tail belongs to the number
    let j = k;
    while (j - k < 5 && isDigitAt(text, j)) j++;
    const after = text.charCodeAt(j);
    if (j - k === 1 && !isDigitCode(after) && !isPointCode(after)) end = j;
    else if (!isDigitCode(after) && after === WAN && text.charCodeAt(k - 1) === YI) end = j + 1;
  }
  let decoded = decodeToken(text.slice(start, end));
  if (decoded === null && end !== headEnd) {
    end = headEnd; // the tail does not decode (1.2万3): the number ends at its multiplier
    decoded = decodeToken(text.slice(start, end));
  }
  if (decoded === null) return null;
  return arabicToken(start, coreEnd, end, decoded.value, decoded.approximate, multiplied, integerDigits);
}

/** True for what may start the extension of an Arabic number: a space, 千/百, 余/多 or 万/亿. */
function mayExtendWith(code: number): boolean {
  return isAnySpaceCode(code) || code === QIAN || code === BAI || isMarkerCode(code) || isBigCode(code);
}

/** The token of the digits alone, or null when they do not decode. */
function coreToken(text: string, start: number, digits: ArabicDigits): NumberToken | null {
  const { end: coreEnd, plainValue, integerDigits } = digits;
  // a plain integer needs no decoding
  if (plainValue >= 0) return arabicToken(start, coreEnd, coreEnd, plainValue, false, false, integerDigits);
  const decoded = decodeToken(text.slice(start, coreEnd));
  if (decoded === null) return null;
  return arabicToken(start, coreEnd, coreEnd, decoded.value, decoded.approximate, false, integerDigits);
}

function arabicToken(
  start: number,
  coreEnd: number,
  end: number,
  value: number,
  approximate: boolean,
  multiplied: boolean,
  integerDigits: number,
): NumberToken {
  return { kind: "arabic", start, coreEnd, end, value, approximate, multiplied, integerDigits };
}

/**
 * Reads a Chinese number word at `at` (两, 三千, 十余万), up to a dozen characters, and decodes it.
 *
 * @param text - The text
 * @param at - Index of the first character (see {@link isChineseNumberStart})
 * @returns The token (null value when it does not decode) and the index after it
 *
 * @example
 * ```ts
 * readChineseToken("开展两次", 2).token?.value;
 * //=> 2
 * ```
 * @internal
 */
export function readChineseToken(text: string, at: number): { token: NumberToken | null; end: number } {
  let k = at;
  let approximate = false;
  while (k - at < MAX_CHINESE) {
    if (isChineseNumberBodyCode(text.charCodeAt(k))) k++;
    else if (isMarkerCode(text.charCodeAt(k)) && !approximate && k > at) {
      approximate = true;
      k++;
    } else break;
  }
  let end = k;
  // a trailing 多 that is not followed by a measure word belongs to the next word (三多 is not a number)
  const decoded = decodeToken(text.slice(at, end));
  if (decoded === null) {
    if (approximate && isMarkerCode(text.charCodeAt(end - 1))) {
      end--;
      const again = decodeToken(text.slice(at, end));
      if (again !== null) return { token: chineseToken(at, end, again.value, false, text), end };
    }
    return { token: null, end: Math.max(end, at + 1) };
  }
  return { token: chineseToken(at, end, decoded.value, decoded.approximate, text), end };
}

/**
 * The end of the Chinese number word at `at` when it holds no 余/多 marker (两, 三千, 一二), or -1
 * when it does. Without a marker the word ends where {@link readChineseToken} would end it, whether
 * it decodes or not: the reader can reject the many number words that no measure word follows
 * (一步, 一体化, 二十大) without decoding them.
 *
 * @param text - The text
 * @param at - Index of the first character (a Chinese number start)
 * @returns The index after the number word, or -1 when a marker is part of it
 *
 * @example
 * ```ts
 * [plainChineseEnd("开展两次", 2), plainChineseEnd("十余万人", 0)];
 * //=> [3, -1]
 * ```
 * @internal
 */
export function plainChineseEnd(text: string, at: number): number {
  let k = at;
  while (k - at < MAX_CHINESE && isChineseNumberBodyCode(text.charCodeAt(k))) k++;
  // readChineseToken takes a marker after the first character and goes on
  if (k - at < MAX_CHINESE && k > at && isMarkerCode(text.charCodeAt(k))) return -1;
  return k;
}

function chineseToken(
  start: number,
  end: number,
  value: number,
  approximate: boolean,
  text: string,
): NumberToken {
  let multiplied = false;
  for (let k = start; k < end; k++) if (isBigCode(text.charCodeAt(k))) multiplied = true;
  return { kind: "chinese", start, coreEnd: end, end, value, approximate, multiplied, integerDigits: 0 };
}
