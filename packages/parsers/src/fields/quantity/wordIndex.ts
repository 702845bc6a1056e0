// Word lists filed under one character of each word, built once at module load. The reader looks
// for words at every position around a figure; one map lookup on the character there leaves only
// the few words that can match, in the order of their list (which decides between them).

/**
 * Items of a word list filed under the code of their word's first (or last) character, in list order.
 *
 * @example
 * ```ts
 * const index: WordIndex<string> = byFirstChar(["以上", "以下"]);
 * ```
 * @internal
 */
export interface WordIndex<T> extends ReadonlyMap<number, readonly T[]> {
  /** One bit per BMP code, set for the codes that have items: most characters have none. */
  readonly filed: Uint32Array;
}

const NONE: readonly never[] = [];

function fileUnder<T>(items: readonly T[], codeOf: (item: T) => number): WordIndex<T> {
  const index = new Map<number, T[]>();
  const filed = new Uint32Array(0x10000 / 32);
  for (const item of items) {
    const code = codeOf(item);
    const list = index.get(code);
    if (list === undefined) index.set(code, [item]);
    else list.push(item);
    filed[code >>> 5] = (filed[code >>> 5] ?? 0) | (1 << (code & 31));
  }
  return Object.assign(index, { filed });
}

/**
 * Files the items under the first character of their word, to find words starting at a position.
 *
 * @param items - The words, or records that hold one
 * @param wordOf - The word of an item (the item itself by default)
 * @returns The index
 *
 * @example
 * ```ts
 * byFirstChar(["以上", "以下", "左右"]).get("以".charCodeAt(0));
 * //=> ["以上", "以下"]
 * ```
 * @internal
 */
export function byFirstChar<T>(items: readonly T[], wordOf: (item: T) => string = String): WordIndex<T> {
  return fileUnder(items, (item) => wordOf(item).charCodeAt(0));
}

/**
 * Files the items under the last character of their word, to find words ending at a position.
 *
 * @param items - The words, or records that hold one
 * @param wordOf - The word of an item (the item itself by default)
 * @returns The index
 *
 * @example
 * ```ts
 * byLastChar(["低于", "大于", "超过"]).get("于".charCodeAt(0));
 * //=> ["低于", "大于"]
 * ```
 * @internal
 */
export function byLastChar<T>(items: readonly T[], wordOf: (item: T) => string = String): WordIndex<T> {
  return fileUnder(items, (item) => {
    const word = wordOf(item);
    return word.charCodeAt(word.length - 1);
  });
}

/**
 * The items filed under a character code, in list order (none for NaN, past the ends of a text).
 *
 * @param index - The index
 * @param code - The code of a character of the text
 * @returns The items whose word may start (or end) with that character
 *
 * @example
 * ```ts
 * filedUnder(byFirstChar(["以上", "左右"]), "左".charCodeAt(0));
 * //=> ["左右"]
 * ```
 * @internal
 */
export function filedUnder<T>(index: WordIndex<T>, code: number): readonly T[] {
  // the bit test spares the map lookup at most characters (NaN reads bit 0: code 0 is never filed)
  if (((index.filed[code >>> 5] ?? 0) & (1 << (code & 31))) === 0) return NONE;
  return index.get(code) ?? NONE;
}

/**
 * The first word of a {@link byFirstChar} index written in `text` at `at`.
 *
 * @param index - Words filed under their first character
 * @param text - The text
 * @param at - Where the word would start
 * @returns The word, or null when none is written there
 *
 * @example
 * ```ts
 * wordAt(byFirstChar(["以上", "以下"]), "4万个以下", 3);
 * //=> "以下"
 * ```
 * @internal
 */
export function wordAt(index: WordIndex<string>, text: string, at: number): string | null {
  for (const word of filedUnder(index, text.charCodeAt(at))) if (text.startsWith(word, at)) return word;
  return null;
}

/**
 * The first word of a {@link byLastChar} index written in `text` ending at `end`, and within `[from, end)`.
 *
 * @param index - Words filed under their last character
 * @param text - The text
 * @param end - The index after the word
 * @param from - Where the word must start at the earliest (0 by default)
 * @returns The word, or null when none ends there
 *
 * @example
 * ```ts
 * wordEndingAt(byLastChar(["不超过", "超过"]), "不超过5人", 3);
 * //=> "不超过"
 * wordEndingAt(byLastChar(["不超过", "超过"]), "不超过5人", 3, 1);
 * //=> "超过"
 * ```
 * @internal
 */
export function wordEndingAt(index: WordIndex<string>, text: string, end: number, from = 0): string | null {
  for (const word of filedUnder(index, text.charCodeAt(end - 1)))
    if (end - word.length >= from && text.startsWith(word, end - word.length)) return word;
  return null;
}
