// A number token → its value: Arabic digits (58.47, 1,234, full-width １２), Chinese words (四十一,
// 两万), and the mixed forms of the documents (1.2万, 260余万, 1.8亿, 13万2).
//
// Decisions on the hard cases (see design/LIBRARIES.md, "known hard cases"):
// - 13万2 → 132000: a lone digit after a multiplier counts one place below it, as 一万二 → 12000
//   does in speech. 13万2千 and 13万2000 → 132000 too; 13万20000 (the tail is not below 万) → null.
// - 260余万 / 8000余 / 11万余 / 十余万 / 三千多 → the value with `approximate: true`; the marker must
//   sit before a multiplier or end the token (1万多2 → null).
// - 两三 / 三四 (two or three) → null: a range, not a number (decodeChineseInteger decides).
// - 一万零三千 → null (as decodeChineseInteger); 一点五 (Chinese decimals) → null: not seen in the corpus.
// - Thousands separators are ASCII commas between groups of exactly three digits; the Chinese comma
//   ，never groups digits.

import { CHINESE_INTEGER_CHARS, decodeChineseInteger } from "./decodeChineseInteger";

/**
 * A decoded number token: its value and whether the token marks it as approximate (余, 多).
 *
 * @example
 * ```ts
 * const n: DecodedNumber = { value: 2600000, approximate: true }; // from "260余万"
 * ```
 * @internal
 */
export interface DecodedNumber {
  /** The value: 1.2万 → 12000. */
  readonly value: number;
  /** True when the token says "more than about" (余, 多): 260余万, 8000余, 三千多. */
  readonly approximate: boolean;
}

/** Multipliers and their powers of ten. @internal */
const POWER: Readonly<Record<string, number>> = {
  十: 1,
  拾: 1,
  百: 2,
  佰: 2,
  千: 3,
  仟: 3,
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
};
const APPROX = new Set(["余", "多", "餘"]);
const BIG = new Set(["万", "萬", "亿", "億"]);
/** Tokens are short; anything longer is not a number token (and keeps the work bounded). */
const MAX_TOKEN = 64;
/** Integer parts beyond 2^53 cannot be held exactly: the token is refused rather than rounded. */
const MAX_INTEGER_DIGITS = 16;

/**
 * Decodes a number token: Arabic digits (with decimals, thousands separators, full-width digits),
 * Chinese integer words, and mixed forms with 万/亿 multipliers and the approximate markers 余/多.
 * Spaces inside the token are ignored (`260 余万`). Returns null when the token is not a number;
 * never throws.
 *
 * @param token - The words of one number, without measure word: `1.2万`, `260余万`, `两`
 * @returns The value and whether it is approximate, or null
 *
 * @example
 * ```ts
 * decodeChineseNumber("260余万");
 * //=> { value: 2600000, approximate: true }
 * decodeChineseNumber("4425.91万");
 * //=> { value: 44259100, approximate: false }
 * decodeChineseNumber("两");
 * //=> { value: 2, approximate: false }
 * ```
 * @internal
 */
export function decodeChineseNumber(token: string): DecodedNumber | null {
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN) return null;
  let core = "";
  let approximate = false;
  const chars = [...normalizeToken(token)];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k] ?? "";
    if (!APPROX.has(ch)) {
      core += ch;
      continue;
    }
    // 余/多: once, after a number, and followed by a multiplier or the end (260余万, 8000余, 11万余)
    const next = chars[k + 1];
    if (approximate || core === "" || (next !== undefined && !BIG.has(next))) return null;
    approximate = true;
  }
  const value = decodeCore(core);
  if (value === null || !Number.isFinite(value)) return null;
  return { value, approximate };
}

/** Full-width digits and point → ASCII; whitespace removed. */
function normalizeToken(token: string): string {
  let out = "";
  for (const ch of token) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 48);
    else if (ch === "．") out += ".";
    else if (/\s/.test(ch)) continue;
    else out += ch;
  }
  return out;
}

function isAsciiDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** Decodes a token without approximate markers. */
function decodeCore(core: string): number | null {
  if (core === "") return null;
  let hasArabic = false;
  for (const ch of core) if (isAsciiDigit(ch)) hasArabic = true;
  if (!hasArabic) return decodeChineseInteger(core);
  return decodeMixed(core);
}

/**
 * Arabic numbers, possibly with Chinese multipliers and Chinese parts: 1.2万, 3万亿, 1亿2000万, 13万2, 三千5.
 * Splits at the largest multiplier that has something after it; a bare tail of multipliers multiplies.
 */
function decodeMixed(s: string): number | null {
  const arabic = readArabic(s);
  if (arabic !== null && arabic.end === s.length) return arabic.value;
  if (arabic !== null && arabic.end > 0) {
    // 1.2万 / 3万亿 / 5千: multipliers only, strictly increasing (千万 ok, 万千 not)
    let power = 0;
    let last = 0;
    let k = arabic.end;
    for (; k < s.length; k++) {
      const p = POWER[s[k] ?? ""];
      if (p === undefined || p <= last) break;
      power += p;
      last = p;
    }
    if (k === s.length) return scaleDecimal(arabic.text, power);
  }
  // split at the largest place word: L 万 R → L × 10⁴ + R
  let at = -1;
  let best = 0;
  for (let k = 0; k < s.length; k++) {
    const p = POWER[s[k] ?? ""];
    if (p !== undefined && p > best) {
      best = p;
      at = k;
    }
  }
  if (at <= 0) return null;
  const left = s.slice(0, at);
  let right = s.slice(at + 1);
  // 3万亿 style tails were handled above; here the multiplier may be followed by smaller ones only
  const unit = 10 ** best;
  const l = decodePart(left);
  if (l === null || l === 0) return null;
  if (right === "") return l * unit;
  if (!Number.isInteger(l)) return null; // 1.2万3: a decimal head takes no tail
  let zeroLed = false;
  while (right.startsWith("零") || right.startsWith("〇") || (right.startsWith("0") && right.length > 1)) {
    right = right.slice(1);
    zeroLed = true;
  }
  if (right === "") return null;
  let r: number | null;
  if (!zeroLed && right.length === 1 && best >= 2) {
    // 13万2 → 132000, 三千5 → 3500: a lone digit one place below the multiplier
    const d = isAsciiDigit(right) ? Number(right) : decodeChineseInteger(right);
    r = d === null ? null : d * (unit / 10);
  } else r = decodePart(right);
  if (r === null || !Number.isInteger(r) || r >= unit) return null;
  return l * unit + r;
}

/** A part of a mixed token: Arabic, Chinese, or mixed again. */
function decodePart(part: string): number | null {
  if (part === "") return null;
  let arabic = false;
  let chinese = false;
  for (const ch of part) {
    if (isAsciiDigit(ch) || ch === "." || ch === ",") arabic = true;
    else if (CHINESE_INTEGER_CHARS.includes(ch)) chinese = true;
    else return null;
  }
  if (!arabic) return decodeChineseInteger(part);
  if (!chinese) {
    const a = readArabic(part);
    return a !== null && a.end === part.length ? a.value : null;
  }
  return decodeMixed(part);
}

/**
 * Reads an Arabic number at the start of `s`: `1234`, `58.47`, `1,234,567.5`. Returns its digits
 * without separators, its value, and where it ends.
 */
function readArabic(s: string): { text: string; value: number; end: number } | null {
  let k = 0;
  let digits = "";
  while (isAsciiDigit(s[k])) digits += s[k++];
  if (digits === "") return null;
  // thousands separators: 1-3 leading digits, then groups of exactly three
  if (s[k] === "," && digits.length <= 3) {
    let grouped = digits;
    let j = k;
    while (
      s[j] === "," &&
      isAsciiDigit(s[j + 1]) &&
      isAsciiDigit(s[j + 2]) &&
      isAsciiDigit(s[j + 3]) &&
      !isAsciiDigit(s[j + 4])
    ) {
      grouped += s.slice(j + 1, j + 4);
      j += 4;
    }
    if (j > k) {
      digits = grouped;
      k = j;
    }
  }
  if (s[k] === ",") return null;
  let text = digits;
  if (s[k] === "." && isAsciiDigit(s[k + 1])) {
    text += ".";
    k++;
    while (isAsciiDigit(s[k])) text += s[k++];
  }
  if (s[k] === ".") return null;
  const significant = digits.replace(/^0+/, "");
  if (significant.length > MAX_INTEGER_DIGITS || Number(significant) > Number.MAX_SAFE_INTEGER) return null;
  return { text, value: Number(text), end: k };
}

/** `4425.91` × 10⁴ without binary rounding: 44259100, not 44259100.000000004. */
function scaleDecimal(text: string, power: number): number {
  return power === 0 ? Number(text) : Number(`${text}e${power}`);
}
