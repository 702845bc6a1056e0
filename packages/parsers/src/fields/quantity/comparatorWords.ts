// Words that bound a figure: 不少于 800 人 (>=), 超过 (>), 不超过 (<=), 约 (~), 4万个以上 (>=).

import type { Comparator } from "@minsheng/core";
import {
  endsAt,
  includesCode,
  isClauseEndCode,
  isDigitCode,
  skipSpaces,
  skipSpacesBack,
} from "./charClasses";
import { CodeSet } from "../../_lib/codeSet";
import { byLastChar, filedUnder } from "./wordIndex";

/** A comparator word before a figure, and how far before it may stand. */
interface PrefixWord {
  readonly word: string;
  readonly comparator: Comparator;
  /** Adjacent words must touch the figure (spaces aside); others may stand a few words before (至少开展两次). */
  readonly adjacent: boolean;
  /** Characters before the word that make it part of another word ("" when none). */
  readonly notAfter: string;
}

/** Characters before 约 / 近 that make them part of another word (签约, 预约, 就近, 附近). */
const NOT_AFTER: Readonly<Record<string, string>> = { 约: "签预节制履违公条特集契", 近: "就附最临邻接将" };

// Longest first, so that 不超过 is found before 超过.
const PREFIX_WORDS: readonly PrefixWord[] = (
  [
    ["不少于", ">=", false],
    ["不低于", ">=", false],
    ["不小于", ">=", false],
    ["至少", ">=", false],
    ["最少", ">=", false],
    ["不超过", "<=", false],
    ["不高于", "<=", false],
    ["不多于", "<=", false],
    ["不大于", "<=", false],
    ["至多", "<=", false],
    ["最多", "<=", false],
    ["低于", "<=", true],
    ["少于", "<=", true],
    ["超过", ">", false],
    ["多于", ">", true],
    ["大于", ">", true],
    ["高于", ">", true],
    ["逾", ">", true],
    ["大约", "~", true],
    ["约为", "~", true],
    ["约", "~", true],
    ["将近", "~", true],
    ["接近", "~", true],
    ["近", "~", true],
    // 力争 (strive for) and 达到 keep the value: the figure is still the promise.
    ["力争", "=", false],
    ["达到", "=", false],
  ] as const
)
  .map(([word, comparator, adjacent]) => ({ word, comparator, adjacent, notAfter: NOT_AFTER[word] ?? "" }))
  .sort((a, b) => b.word.length - a.word.length);
/** PREFIX_WORDS by last character, longest first within each. */
const PREFIX_BY_LAST_CHAR = byLastChar(PREFIX_WORDS, (p) => p.word);

/** How many spaces may stand between a comparator word and its figure. @internal */
export const COMPARATOR_GAP = 3;
/** How many characters before a figure (spaces aside) a non-adjacent comparator word may end. @internal */
export const COMPARATOR_WINDOW = 8;

/**
 * The last characters of the comparator words, for tables of flags (see codeFlags).
 *
 * @example
 * ```ts
 * COMPARATOR_LAST_CHARS.includes("于");
 * //=> true
 * ```
 * @internal
 */
export const COMPARATOR_LAST_CHARS: string = PREFIX_WORDS.map((p) => p.word.slice(-1)).join("");

/**
 * A comparator word found before a figure: its comparator, where its word starts, and whether it
 * touches the figure (spaces aside).
 *
 * @example
 * ```ts
 * const found: ComparatorBefore = { comparator: ">=", start: 0, adjacent: true }; // 不少于 800 人
 * ```
 * @internal
 */
export interface ComparatorBefore {
  readonly comparator: Comparator;
  readonly start: number;
  readonly adjacent: boolean;
}

/**
 * A comparator word before the figure starting at `at`: adjacent (spaces aside) or a few words
 * before it within the clause, with no other figure between.
 *
 * @param text - The text
 * @param at - Where the figure starts
 * @returns The comparator and where its word starts, or null
 *
 * @example
 * ```ts
 * findComparatorBefore("不少于 800 人", 4);
 * //=> { comparator: ">=", start: 0, adjacent: true }
 * ```
 * @internal
 */
export function findComparatorBefore(text: string, at: number): ComparatorBefore | null {
  const touching = skipSpacesBack(text, at, COMPARATOR_GAP);
  for (let end = touching; end > 0 && touching - end <= COMPARATOR_WINDOW; end--) {
    const before = text.charCodeAt(end - 1);
    if (isClauseEndCode(before) || isDigitCode(before)) return null;
    const found = comparatorEndingAt(text, end, end === touching);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The comparator whose word ends at `end`, when its word may stand there (an adjacent-only word
 * must touch the figure; 签约 is not 约), or null. {@link findComparatorBefore} asks it at each
 * character it walks back over.
 *
 * @param text - The text
 * @param end - The index after the word
 * @param adjacent - Whether `end` touches the figure (spaces aside)
 * @returns The comparator and where its word starts, or null
 *
 * @example
 * ```ts
 * [comparatorEndingAt("不少于 800 人", 3, true), comparatorEndingAt("新签约 1600 张", 3, true)];
 * //=> [{ comparator: ">=", start: 0, adjacent: true }, null]
 * ```
 * @internal
 */
export function comparatorEndingAt(text: string, end: number, adjacent: boolean): ComparatorBefore | null {
  for (const p of filedUnder(PREFIX_BY_LAST_CHAR, text.charCodeAt(end - 1))) {
    if (!endsAt(text, end, p.word)) continue;
    if (p.adjacent && !adjacent) continue;
    const start = end - p.word.length;
    if (start > 0 && includesCode(p.notAfter, text.charCodeAt(start - 1))) continue;
    return { comparator: p.comparator, start, adjacent };
  }
  return null;
}

const SUFFIX_WORDS: readonly (readonly [string, Comparator])[] = [
  ["以上", ">="],
  ["以下", "<="],
  ["以内", "<="],
  ["左右", "~"],
  ["上下", "~"],
];

const SUFFIX_FIRST_CHARS = new CodeSet(SUFFIX_WORDS.map(([word]) => word[0]).join(""));

/**
 * A comparator word right after a figure: 4万个以上 → `>=`, 100 人左右 → `~`.
 *
 * @param text - The text
 * @param at - The index after the figure's measure word
 * @returns The comparator and the index after its word, or null
 *
 * @example
 * ```ts
 * findComparatorAfter("20期以上", 3);
 * //=> { comparator: ">=", end: 5 }
 * ```
 * @internal
 */
export function findComparatorAfter(
  text: string,
  at: number,
): { comparator: Comparator; end: number } | null {
  const k = skipSpaces(text, at, 2, false);
  if (!SUFFIX_FIRST_CHARS.has(text.charCodeAt(k))) return null; // most figures have none
  for (const [word, comparator] of SUFFIX_WORDS)
    if (text.startsWith(word, k)) return { comparator, end: k + word.length };
  return null;
}
