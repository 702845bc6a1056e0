// Character classes the quantity reader tests one character at a time (no regex over the input).

/**
 * True for an Arabic digit, ASCII or full-width.
 *
 * @param ch - One character, or undefined past the end of the text
 * @returns Whether it is a digit
 *
 * @example
 * ```ts
 * isDigit("８");
 * //=> true
 * ```
 * @internal
 */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "0" && ch <= "9") || (ch >= "０" && ch <= "９"));
}

/**
 * True for a Latin letter, ASCII or full-width: numbers glued to letters are names (5G, PM2.5, M101).
 *
 * @param ch - One character, or undefined
 * @returns Whether it is a Latin letter
 *
 * @example
 * ```ts
 * isLatinLetter("G");
 * //=> true
 * ```
 * @internal
 */
export function isLatinLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return (
    (ch >= "a" && ch <= "z") ||
    (ch >= "A" && ch <= "Z") ||
    (ch >= "ａ" && ch <= "ｚ") ||
    (ch >= "Ａ" && ch <= "Ｚ")
  );
}

/**
 * True for a space that may sit inside a phrase (`1 万个`, `2024 年`): space, tab, no-break and ideographic space.
 *
 * @param ch - One character, or undefined
 * @returns Whether it is a horizontal space
 *
 * @example
 * ```ts
 * isHorizontalSpace("\u3000");
 * //=> true
 * ```
 * @internal
 */
export function isHorizontalSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\u3000" || ch === "\u00a0";
}

/**
 * True for any whitespace, line breaks included (page breaks split figures: `8.3\n\n万户`).
 *
 * @param ch - One character, or undefined
 * @returns Whether it is whitespace
 *
 * @example
 * ```ts
 * isAnySpace("\n");
 * //=> true
 * ```
 * @internal
 */
export function isAnySpace(ch: string | undefined): boolean {
  return isHorizontalSpace(ch) || ch === "\n" || ch === "\r" || ch === "\f" || ch === "\v";
}

const CLAUSE_ENDS = new Set([..."，,。；;！!？?：:\n\r"]);

/**
 * True for punctuation that ends a clause: words before it do not bound a figure after it.
 *
 * @param ch - One character, or undefined
 * @returns Whether it ends a clause
 *
 * @example
 * ```ts
 * isClauseEnd("，");
 * //=> true
 * ```
 * @internal
 */
export function isClauseEnd(ch: string | undefined): boolean {
  return ch !== undefined && CLAUSE_ENDS.has(ch);
}

/**
 * Skips at most `max` spaces from `at` (horizontal ones, or any whitespace with `anySpace`).
 *
 * @param text - The text
 * @param at - Where to start
 * @param max - The most spaces to skip
 * @param anySpace - Whether line breaks count as spaces
 * @returns The index after the skipped spaces
 *
 * @example
 * ```ts
 * skipSpaces("1 万个", 1, 3, false);
 * //=> 2
 * ```
 * @internal
 */
export function skipSpaces(text: string, at: number, max: number, anySpace: boolean): number {
  let k = at;
  while (k - at < max && (anySpace ? isAnySpace(text[k]) : isHorizontalSpace(text[k]))) k++;
  return k;
}

/**
 * Skips at most `max` spaces backwards from just before `at`.
 *
 * @param text - The text
 * @param at - The index after the spaces
 * @param max - The most spaces to skip
 * @returns The index of the first skipped space (or `at` when there is none)
 *
 * @example
 * ```ts
 * skipSpacesBack("第 1 项", 2, 3);
 * //=> 1
 * ```
 * @internal
 */
export function skipSpacesBack(text: string, at: number, max: number): number {
  let k = at;
  while (at - k < max && k > 0 && isHorizontalSpace(text[k - 1])) k--;
  return k;
}

/**
 * True when `word` is written in `text` ending exactly at `end`.
 *
 * @param text - The text
 * @param end - The index after the word
 * @param word - The word
 * @returns Whether the word ends there
 *
 * @example
 * ```ts
 * endsAt("不少于800人", 3, "不少于");
 * //=> true
 * ```
 * @internal
 */
export function endsAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}
