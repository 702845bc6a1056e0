// Reads the figures of a task text (targets) or of a progress narrative (actuals).
//
// One left-to-right pass over the text, no regular expressions over the input: at each number it
// reads the token (scanNumberToken), the measure word (measureWords), the bounding words
// (comparatorWords), and asks the exclusion rules (exclusionRules) whether the figure counts
// anything. Every look around a figure is bounded, so the pass is linear in the text's length,
// whatever runs of spaces or digits it holds.
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
import {
  isCharAt,
  isDigit,
  isDigitCode,
  isHorizontalSpace,
  isNumberStartCode,
  skipSpaces,
} from "./charClasses";
import { findComparatorAfter, findComparatorBefore } from "./comparatorWords";
import {
  continuesRange,
  isDelta,
  isExistingStock,
  isFollowedByNonCountWord,
  isGluedToLetters,
  isHotline,
  isIdiom,
  isOrdinal,
  isPlanned,
  isPointStart,
  isRanking,
  isScope,
} from "./exclusionRules";
import { findSubject } from "./findSubject";
import { CONTINUOUS_MEASURE_WORDS, matchMeasureWord } from "./measureWords";
import { extendArabicToken, readArabicDigits, readChineseToken, type NumberToken } from "./scanNumberToken";

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

/** A quick test before the string comparisons: the marks are ", “ ” and 〈〉《》「」『』 (U+3008–U+300F). */
function isEnclosingMark(code: number): boolean {
  return code === 0x22 || code === 0x201c || code === 0x201d || (code >= 0x3008 && code <= 0x300f);
}

/** Quotes and titles seen so far: figures inside them are names, not counts. */
class Enclosures {
  private quoteAt = -1;
  private asciiQuoteAt = -1;
  private titleAt = -1;

  /** Feeds the characters in `[from, to)`: each character of the text once, in order. */
  feed(text: string, from: number, to: number): void {
    const stop = Math.min(to, text.length);
    for (let k = from; k < stop; k++) {
      if (!isEnclosingMark(text.charCodeAt(k))) continue;
      const ch = text[k];
      if (ch === "“" || ch === "「" || ch === "『") this.quoteAt = k;
      else if (ch === "”" || ch === "」" || ch === "』") this.quoteAt = -1;
      else if (ch === '"') this.asciiQuoteAt = this.asciiQuoteAt >= 0 ? -1 : k;
      else if (ch === "《" || ch === "〈") this.titleAt = k;
      else if (ch === "》" || ch === "〉") this.titleAt = -1;
    }
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
  const out: Quantity[] = [];
  const enclosures = new Enclosures();
  let chain: Chain | null = null;
  let floor = 0; // the end of the previous number: subjects are not read across it
  let i = 0;
  while (i < text.length) {
    // fast path: most characters start no number (this loop sees every character, so it also feeds
    // the quotes and titles, and the characters read with a number are fed after it)
    const code = text.charCodeAt(i);
    if (!isNumberStartCode(code)) {
      if (isEnclosingMark(code)) enclosures.feed(text, i, i + 1);
      i++;
      continue;
    }
    const arabic = isDigitCode(code);
    const inChain: Chain | null = chain !== null && chain.next === i ? chain : null;
    chain = null;
    const ctx: Context = { text, role, floor, enclosed: enclosures.encloses(i) };
    const step: Step = arabic ? readArabicAt(ctx, i, inChain) : readChineseAt(ctx, i);
    if (step.quantity !== null) out.push(step.quantity);
    if (step.chain !== undefined) chain = step.chain;
    const next = Math.max(step.next, i + 1);
    enclosures.feed(text, i, next);
    i = next;
    floor = i;
  }
  return out;
}

/** What the reading of one number knows about its surroundings. */
interface Context {
  readonly text: string;
  readonly role: QuantityRole;
  /** The end of the previous number. */
  readonly floor: number;
  /** Whether the number stands inside quotes or a title. */
  readonly enclosed: boolean;
}

/** What reading at one position gives: maybe a figure, where to go on, maybe a chain to continue. */
interface Step {
  readonly quantity: Quantity | null;
  readonly next: number;
  readonly chain?: Chain;
}

/** No figure here: go on at `next`. */
function skip(next: number): Step {
  return { quantity: null, next };
}

function readArabicAt(ctx: Context, at: number, inChain: Chain | null): Step {
  const { text, enclosed } = ctx;
  const digits = readArabicDigits(text, at);
  if (digits.tooLong) return skip(digits.end);
  if (isGluedToLetters(text, at, digits.end)) return skip(digits.end);

  // 1. / 2、 at the start of a point is its number, not a figure (1.2024年… → 1. then 2024年)
  if (inChain === null && digits.integerDigits <= 2 && isPointStart(text, at)) {
    const intEnd = digits.pointAt >= 0 ? digits.pointAt : digits.end;
    const mark = text[intEnd];
    if (mark === "、" || mark === "）" || mark === ")") return skip(intEnd + 1);
    if ((mark === "." || mark === "．") && !isDecimalAtPointStart(text, digits.pointAt, digits.end))
      return skip(intEnd + 1);
  }

  // dotted chains (2024.12.31, 1.2.3) are dates or versions
  if (
    (isCharAt(text, digits.end, ".") || isCharAt(text, digits.end, "．")) &&
    isDigitCode(text.charCodeAt(digits.end + 1))
  ) {
    return {
      quantity: null,
      next: digits.end + 1,
      chain: { start: at, parts: 2, firstDigits: 0, firstValue: 0, next: digits.end + 1, dotted: true },
    };
  }
  if (inChain?.dotted) return skip(digits.end);

  const token = extendArabicToken(text, at, digits.end, digits.integerDigits);
  if (token === null) return skip(digits.end);

  if (continuesRange(text, token.end)) {
    const next = token.end + 1;
    const link: Chain =
      inChain !== null
        ? { ...inChain, parts: inChain.parts + 1, next }
        : {
            start: at,
            parts: 1,
            firstDigits: token.integerDigits,
            firstValue: token.value,
            next,
            dotted: false,
          };
    return { quantity: null, next, chain: link };
  }
  if (inChain !== null && isDateChain(inChain)) return skip(token.end);
  if (enclosed) return skip(token.end);
  if (isHotline(text, at, token.coreEnd)) return skip(token.end);
  if (isOrdinal(text, inChain?.start ?? at)) return skip(token.end);
  const figure = finishFigure(ctx, token, inChain === null ? at : inChain.start, inChain !== null);
  return { quantity: figure?.quantity ?? null, next: figure?.end ?? token.end };
}

function readChineseAt(ctx: Context, at: number): Step {
  const { text, enclosed } = ctx;
  const { token, end } = readChineseToken(text, at);
  if (token === null || enclosed || isIdiom(text, at) || isOrdinal(text, at))
    return { quantity: null, next: end };
  const k = skipSpaces(text, token.end, 1, false);
  if (isCharAt(text, k, "期")) return { quantity: null, next: end }; // 三期, 二期: phases of a project
  if (matchMeasureWord(text, k) === null) return { quantity: null, next: end };
  if (token.value === 1 && end - at === 1) {
    // 一 alone is mostly idiom (一批, 一线, 一次性): only a comparator makes it a figure (至少一次)
    if (findComparatorBefore(text, at) === null) return { quantity: null, next: end };
  }
  const figure = finishFigure(ctx, token, at, false);
  return { quantity: figure?.quantity ?? null, next: figure?.end ?? end };
}

/**
 * After a decimal at the start of a point, `N.D` is a decimal only when a multiplier, a percent
 * or a measure of amount follows (`3.54公里`, `1.3万批次`); otherwise it is `N.` then a number.
 */
function isDecimalAtPointStart(text: string, pointAt: number, end: number): boolean {
  if (pointAt < 0) return false;
  const k = skipSpaces(text, end, 3, false);
  if (isCharAt(text, k, "万") || isCharAt(text, k, "亿")) return true;
  const m = matchMeasureWord(text, k);
  return m !== null && CONTINUOUS_MEASURE_WORDS.has(m.word);
}

/** A chain is a date (skipped) when it has three parts or starts with a year: 2024-12-31, 2021-2025. */
function isDateChain(chain: Chain): boolean {
  return chain.parts >= 2 || (chain.firstDigits === 4 && chain.firstValue >= 1900 && chain.firstValue < 2200);
}

/** Reads measure word and comparators after a token, applies the rules, and builds the figure. */
function finishFigure(
  ctx: Context,
  token: NumberToken,
  start: number,
  ranged: boolean,
): { quantity: Quantity; end: number } | null {
  const { text, role } = ctx;
  const gap = token.kind === "arabic" ? 3 : 1;
  const unitAt = skipSpaces(text, token.end, gap, false);
  const measure = matchMeasureWord(text, unitAt);
  if (measure === null && isFollowedByNonCountWord(text, token.end)) return null;
  const unit = measure?.word ?? "";
  let end = measure?.end ?? token.end;

  const before = findComparatorBefore(text, start);
  if (measure === null) {
    // a bare figure counts only when 万/亿/余 or an adjacent comparator say it is an amount
    const bounded = before !== null && before.adjacent && before.comparator !== "=";
    if (token.kind !== "arabic" || !(token.multiplied || token.approximate || bounded)) return null;
    // a bare number right before more digits or a separator is a code or list (53、54)
    if (isDigit(text[end]) || (isHorizontalSpace(text[end]) && isDigit(text[end + 1]))) return null;
  }
  if (measure !== null && isScope(text, measure.end)) return null;
  if (isRanking(text, start, unit)) return null;
  if (isDelta(text, before?.start ?? start)) return null;
  if (role === "target" && isExistingStock(text, start, unit)) return null;
  if (role === "actual" && isPlanned(text, before?.start ?? start)) return null;

  const after =
    measure !== null || token.multiplied || token.approximate ? findComparatorAfter(text, end) : null;
  if (after !== null) end = after.end;
  let comparator: Comparator = "=";
  if (before !== null && before.comparator !== "=") comparator = before.comparator;
  else if (after !== null) comparator = after.comparator;
  else if (ranged) comparator = "<=";
  else if (token.approximate) comparator = "~";

  const textStart = before?.start ?? start;
  return {
    quantity: {
      value: token.value,
      unit,
      comparator,
      text: text.slice(textStart, end),
      subject: findSubject(text, textStart, end, unit, ctx.floor),
    },
    end,
  };
}
