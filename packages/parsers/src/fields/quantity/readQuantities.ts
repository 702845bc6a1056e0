// Reads the figures of a task text (targets) or of a progress narrative (actuals).
//
// One left-to-right pass over the text, no regular expressions over the input: at each number it
// reads the token (scanNumberToken), the measure word (measureWords), the bounding words
// (comparatorWords), and asks the exclusion rules (exclusionRules) whether the figure counts
// anything. Every look around a figure is bounded, so the pass is linear in the text's length,
// whatever runs of spaces or digits it holds. What most figures pay for is kept small: the words
// before a figure (comparator, deltas, plans) are read in one walk back over its clause
// (readWordsBefore), the walks ask a character all they need with one table read (codeFlags), and
// number words that no measure word follows are passed over before they are decoded.
//
// Choices (the gold's, see design/MODEL.md "How the gold reads the documents"):
// - A figure needs a measure word, except an Arabic figure with 万/亿 or 余, or right after a
//   comparator word (5万燃气用户, 260 余万居民用户): those keep unit "". Bare integers (2024, 12345,
//   53、54 路) are never figures.
// - Chinese number words count only before a measure word (两次), never alone, never 一 alone
//   unless a comparator bounds it (至少一次), never before 期 (三期: a phase), never in set phrases.
// - 力争 and 达到 keep the comparator "=": the figure is still the promise.
// - A range (3-5个) reads as its upper end with "<="; date-like chains (2024-12-31, 2021-2025) are skipped.
// - Figures inside quotes (“12345”, “两个中心”) or titles (《…2024 年…》) are skipped.
// - Targets skip existing stock (全区174家养老驿站); actuals skip plans (拟建设 1 家). Both skip
//   year-on-year deltas (同比减少 9 件), scopes (155平方公里范围), rankings (前 100 名).

import type { Comparator, Quantity } from "@minsheng/core";
import { fitted } from "../../_lib/fitted";
import {
  includesCode,
  isDigitCode,
  isHorizontalSpaceCode,
  isNumberStartCode,
  skipSpaces,
  skipToNumberOrMark,
} from "./charClasses";
import { findComparatorAfter, findComparatorBefore } from "./comparatorWords";
import {
  continuesRange,
  isExistingStock,
  isFollowedByNonCountWord,
  isGluedToLetters,
  isHotline,
  isIdiom,
  isOrdinal,
  isPointStart,
  isRanking,
  isScope,
  readWordsBefore,
  type WordsBefore,
} from "./exclusionRules";
import { findSubject } from "./findSubject";
import { CONTINUOUS_MEASURE_WORDS, matchMeasureWord } from "./measureWords";
import {
  extendArabicToken,
  plainChineseEnd,
  readArabicDigits,
  readChineseToken,
  type ArabicDigits,
  type NumberToken,
} from "./scanNumberToken";

/**
 * What the figures of a text are read as: the promises of a task (`"target"`), or figures of work
 * done or under way (`"actual"`).
 *
 * @example
 * ```ts
 * const role: QuantityRole = "target";
 * ```
 */
export type QuantityRole = "target" | "actual";

// Codes compared on the hot path (text.charCodeAt(k) === POINT allocates nothing, text[k] does).
const POINT = ".".charCodeAt(0);
const WIDE_POINT = "．".charCodeAt(0);
const ENUMERATION_COMMA = "、".charCodeAt(0);
const PAREN_CLOSE = ")".charCodeAt(0);
const WIDE_PAREN_CLOSE = "）".charCodeAt(0);
const WAN = "万".charCodeAt(0);
const YI = "亿".charCodeAt(0);
const QI = "期".charCodeAt(0);
const ASCII_QUOTE = '"'.charCodeAt(0);
const QUOTE_OPENERS = "“「『";
const QUOTE_CLOSERS = "”」』";
const TITLE_OPENERS = "《〈";
const TITLE_CLOSERS = "》〉";

/** Quotes and titles seen so far: figures inside them are names, not counts. */
class Enclosures {
  private quoteAt = -1;
  private asciiQuoteAt = -1;
  private titleAt = -1;

  /** Notes the enclosing mark of `code` at `at`. */
  mark(code: number, at: number): void {
    if (includesCode(QUOTE_OPENERS, code)) this.quoteAt = at;
    else if (includesCode(QUOTE_CLOSERS, code)) this.quoteAt = -1;
    else if (code === ASCII_QUOTE) this.asciiQuoteAt = this.asciiQuoteAt >= 0 ? -1 : at;
    else if (includesCode(TITLE_OPENERS, code)) this.titleAt = at;
    else if (includesCode(TITLE_CLOSERS, code)) this.titleAt = -1;
  }

  /** Whether `at` is inside a quote (at most 24 characters long) or a title (at most 100). */
  encloses(at: number): boolean {
    return (
      (this.quoteAt >= 0 && at - this.quoteAt <= 24) ||
      (this.asciiQuoteAt >= 0 && at - this.asciiQuoteAt <= 24) ||
      (this.titleAt >= 0 && at - this.titleAt <= 100)
    );
  }
}

/** A chain of numbers joined by range or date separators: 2-3, 2024-12-31, 2021-2025. */
interface Chain {
  readonly start: number;
  readonly parts: number;
  readonly firstDigits: number;
  readonly firstValue: number;
  /** Index where the next part must start to continue the chain. */
  readonly next: number;
  readonly dotted: boolean;
}

/**
 * Reads the figures of a text: targets of a task or actual figures of its progress. Values are
 * normalized (1 万个 → 10000), `text` keeps the words read, `subject` says what is counted when the
 * text does. Never throws; linear in the length of the text.
 *
 * @param text - A task text or a progress narrative, as cleaned by the layout
 * @param role - `"target"` for what a task promises, `"actual"` for what was done
 * @returns The figures, in the order of the text
 *
 * @example
 * ```ts
 * readQuantities("新增 3 岁以下普惠幼儿托位 1 万个", "target");
 * //=> [{ value: 10000, unit: "个", comparator: "=", text: "1 万个", subject: "普惠幼儿托位" }]
 * ```
 */
export function readQuantities(text: string, role: QuantityRole): Quantity[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const enclosures = new Enclosures();
  // one state for the whole pass: reading a number allocates no context of its own
  const pass: Pass = { text, role, out: [], floor: 0, enclosed: false, chain: null };
  let i = 0;
  for (;;) {
    // fast path: most characters start no number and mark no quote. The loop notes the quotes and
    // titles; the characters read with a number (digits, number words, spaces, separators, measure
    // and comparator words) are never quote or title marks, so they need not be looked at again
    i = skipToNumberOrMark(text, i);
    if (i >= text.length) break;
    const code = text.charCodeAt(i);
    if (!isNumberStartCode(code)) {
      enclosures.mark(code, i);
      i++;
      continue;
    }
    const chain = pass.chain;
    const inChain = chain !== null && chain.next === i ? chain : null;
    pass.chain = null;
    pass.enclosed = enclosures.encloses(i);
    const end = isDigitCode(code) ? readArabicAt(pass, i, inChain) : readChineseAt(pass, i);
    i = Math.max(end, i + 1);
    pass.floor = i; // the end of the previous number: subjects are not read across it
  }
  return fitted(pass.out);
}

/**
 * One pass over a text. Reading a number pushes its figure to `out`, sets `chain` when the number
 * starts or continues one, and returns where to go on.
 */
interface Pass {
  readonly text: string;
  readonly role: QuantityRole;
  readonly out: Quantity[];
  /** The end of the previous number. */
  floor: number;
  /** Whether the number being read stands inside quotes or a title. */
  enclosed: boolean;
  /** The chain the number just read starts or continues, or null. */
  chain: Chain | null;
}

function readArabicAt(pass: Pass, at: number, inChain: Chain | null): number {
  const text = pass.text;
  const digits = readArabicDigits(text, at, DIGITS);
  const digitsEnd = digits.end;
  if (digits.tooLong) return digitsEnd;
  if (isGluedToLetters(text, at, digitsEnd)) return digitsEnd;

  // 1. / 2、 at the start of a point is its number, not a figure (1.2024年… → 1. then 2024年)
  if (inChain === null && digits.integerDigits <= 2 && isPointStart(text, at)) {
    const intEnd = digits.pointAt >= 0 ? digits.pointAt : digitsEnd;
    const mark = text.charCodeAt(intEnd);
    if (mark === ENUMERATION_COMMA || mark === WIDE_PAREN_CLOSE || mark === PAREN_CLOSE) return intEnd + 1;
    if ((mark === POINT || mark === WIDE_POINT) && !isDecimalAtPointStart(text, digits.pointAt, digitsEnd))
      return intEnd + 1;
  }

  // dotted chains (2024.12.31, 1.2.3) are dates or versions
  const afterDigits = text.charCodeAt(digitsEnd);
  if ((afterDigits === POINT || afterDigits === WIDE_POINT) && isDigitCode(text.charCodeAt(digitsEnd + 1))) {
    const next = digitsEnd + 1;
    pass.chain = { start: at, parts: 2, firstDigits: 0, firstValue: 0, next, dotted: true };
    return next;
  }
  if (inChain !== null && inChain.dotted) return digitsEnd;

  const token = extendArabicToken(text, at, digits);
  if (token === null) return digitsEnd;

  if (continuesRange(text, token.end)) {
    const next = token.end + 1;
    pass.chain =
      inChain !== null
        ? {
            start: inChain.start,
            parts: inChain.parts + 1,
            firstDigits: inChain.firstDigits,
            firstValue: inChain.firstValue,
            next,
            dotted: inChain.dotted,
          }
        : {
            start: at,
            parts: 1,
            firstDigits: token.integerDigits,
            firstValue: token.value,
            next,
            dotted: false,
          };
    return next;
  }
  if (inChain !== null && isDateChain(inChain)) return token.end;
  if (pass.enclosed) return token.end;
  if (isHotline(text, at, token.coreEnd)) return token.end;
  const start = inChain === null ? at : inChain.start;
  if (isOrdinal(text, start)) return token.end;
  const end = finishFigure(pass, token, start, inChain !== null);
  return end >= 0 ? end : token.end;
}

/** The digits of the number being read: one scratch record, read before the next number is. */
const DIGITS: ArabicDigits = { end: 0, plainValue: -1, integerDigits: 0, pointAt: -1, tooLong: false };
/** The words before the figure being finished: one scratch record, like DIGITS. */
const WORDS_BEFORE: WordsBefore = { comparator: null, excluded: false };

function readChineseAt(pass: Pass, at: number): number {
  const text = pass.text;
  // most number words (一步, 一体化, 二十大) stand before no measure word: without a 余/多 marker
  // their end is known before decoding, so they are passed over without decoding or idiom lookups
  const plainEnd = plainChineseEnd(text, at);
  if (plainEnd >= 0 && !isBeforeCountWord(text, plainEnd)) return plainEnd;
  const { token, end } = readChineseToken(text, at);
  if (token === null || pass.enclosed || isIdiom(text, at) || isOrdinal(text, at)) return end;
  if (!isBeforeCountWord(text, token.end)) return end;
  if (token.value === 1 && end - at === 1) {
    // 一 alone is mostly idiom (一批, 一线, 一次性): only a comparator makes it a figure (至少一次)
    if (findComparatorBefore(text, at) === null) return end;
  }
  const figureEnd = finishFigure(pass, token, at, false);
  return figureEnd >= 0 ? figureEnd : end;
}

/** True when a measure word follows a Chinese number word, a space aside, and it is not 期 (三期: a phase). */
function isBeforeCountWord(text: string, end: number): boolean {
  const k = skipSpaces(text, end, 1, false);
  return text.charCodeAt(k) !== QI && matchMeasureWord(text, k) !== null;
}

/**
 * After a decimal at the start of a point, `N.D` is a decimal only when a multiplier, a percent
 * or a measure of amount follows (`3.54公里`, `1.3万批次`); otherwise it is `N.` then a number.
 */
function isDecimalAtPointStart(text: string, pointAt: number, end: number): boolean {
  if (pointAt < 0) return false;
  const k = skipSpaces(text, end, 3, false);
  const code = text.charCodeAt(k);
  if (code === WAN || code === YI) return true;
  const m = matchMeasureWord(text, k);
  return m !== null && CONTINUOUS_MEASURE_WORDS.has(m.word);
}

/** A chain is a date (skipped) when it has three parts or starts with a year: 2024-12-31, 2021-2025. */
function isDateChain(chain: Chain): boolean {
  return chain.parts >= 2 || (chain.firstDigits === 4 && chain.firstValue >= 1900 && chain.firstValue < 2200);
}

/**
 * Reads measure word and comparators after a token and applies the rules: pushes the figure and
 * returns the index after its words, or -1 when the token counts nothing.
 */
function finishFigure(pass: Pass, token: NumberToken, start: number, ranged: boolean): number {
  const text = pass.text;
  const gap = token.kind === "arabic" ? 3 : 1;
  const unitAt = skipSpaces(text, token.end, gap, false);
  const measure = matchMeasureWord(text, unitAt);
  if (measure === null && isFollowedByNonCountWord(text, token.end)) return -1;
  const unit = measure === null ? "" : measure.word;
  let end = measure === null ? token.end : measure.end;

  if (measure === null) {
    // a bare figure counts only when 万/亿/余 or an adjacent comparator say it is an amount; the
    // cheap tests go first: a bare number right before more digits or a separator is a code or a
    // list (53、54), and only an Arabic one may stand bare
    if (token.kind !== "arabic" || isBeforeMoreDigits(text, end)) return -1;
  } else if (isScope(text, measure.end)) return -1;
  // the comparator, and the deltas (and the plans of actuals) before where the words start
  const words = readWordsBefore(text, start, pass.role === "actual", WORDS_BEFORE);
  const before = words.comparator;
  if (measure === null) {
    const bounded = before !== null && before.adjacent && before.comparator !== "=";
    if (!(token.multiplied || token.approximate || bounded)) return -1;
  }
  if (words.excluded) return -1;
  if (isRanking(text, start, unit)) return -1;
  const textStart = before === null ? start : before.start;
  // targets skip existing stock
  if (pass.role === "target" && isExistingStock(text, start, unit)) return -1;

  const after =
    measure !== null || token.multiplied || token.approximate ? findComparatorAfter(text, end) : null;
  if (after !== null) end = after.end;
  let comparator: Comparator = "=";
  if (before !== null && before.comparator !== "=") comparator = before.comparator;
  else if (after !== null) comparator = after.comparator;
  else if (ranged) comparator = "<=";
  else if (token.approximate) comparator = "~";

  pass.out.push({
    value: token.value,
    unit,
    comparator,
    text: text.slice(textStart, end),
    subject: findSubject(text, textStart, end, unit, pass.floor),
  });
  return end;
}

/** True when more digits follow `at`, touching or after one horizontal space. */
function isBeforeMoreDigits(text: string, at: number): boolean {
  return (
    isDigitCode(text.charCodeAt(at)) ||
    (isHorizontalSpaceCode(text.charCodeAt(at)) && isDigitCode(text.charCodeAt(at + 1)))
  );
}
