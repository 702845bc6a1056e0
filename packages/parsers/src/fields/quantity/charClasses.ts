// Character classes the quantity reader tests one character at a time (no regex over the input).
// They are asked by UTF-16 code (text.charCodeAt(k)): reading a code allocates nothing, while
// text[k] makes a string for every CJK character. Codes past either end of the text (NaN) are in
// no class.

const DIGIT = 1;
const LATIN_LETTER = 2;
const HORIZONTAL_SPACE = 4;
const LINE_BREAK = 8;
const CLAUSE_END = 16;
const CHINESE_NUMBER_START = 32;
const CHINESE_NUMBER_BODY = 64;
const ENCLOSING_MARK = 128;
const RANGE_SEPARATOR = 256;
const POINT_OPENER = 512;

function charRange(first: string, last: string): string {
  let chars = "";
  for (let code = first.charCodeAt(0); code <= last.charCodeAt(0); code++) chars += String.fromCharCode(code);
  return chars;
}

/**
 * The Arabic digits, ASCII and full-width (see {@link isDigitCode}), for tables of flags
 * ({@link codeFlags}).
 *
 * @example
 * ```ts
 * DIGIT_CHARS.includes("８");
 * //=> true
 * ```
 * @internal
 */
export const DIGIT_CHARS = charRange("0", "9") + charRange("０", "９");

/**
 * The Latin letters, ASCII and full-width (see {@link isLatinLetterCode}), for tables of flags
 * ({@link codeFlags}).
 *
 * @example
 * ```ts
 * LATIN_LETTER_CHARS.length;
 * //=> 104
 * ```
 * @internal
 */
export const LATIN_LETTER_CHARS =
  charRange("a", "z") + charRange("A", "Z") + charRange("ａ", "ｚ") + charRange("Ａ", "Ｚ");

/**
 * The characters that end a clause (see {@link isClauseEndCode}), for tables of flags that ask it
 * along with other things ({@link codeFlags}).
 *
 * @example
 * ```ts
 * CLAUSE_END_CHARS.includes("，");
 * //=> true
 * ```
 * @internal
 */
export const CLAUSE_END_CHARS = "，,。；;！!？?：:\n\r";

/** The classes of every BMP code, as bits: one table lookup answers any class. */
const CLASSES = new Uint16Array(0x10000);

function markCode(flag: number, code: number): void {
  CLASSES[code] = (CLASSES[code] ?? 0) | flag;
}

function mark(flag: number, chars: string): void {
  for (let k = 0; k < chars.length; k++) markCode(flag, chars.charCodeAt(k));
}

mark(DIGIT, DIGIT_CHARS);
mark(LATIN_LETTER, LATIN_LETTER_CHARS);
mark(HORIZONTAL_SPACE, " \t\u3000\u00a0");
mark(LINE_BREAK, "\n\r\f\v");
mark(CLAUSE_END, CLAUSE_END_CHARS);
// not 万/百/千: 万人发案率 counts nothing
mark(CHINESE_NUMBER_START, "零〇一二两三四五六七八九十");
mark(CHINESE_NUMBER_BODY, "零〇一二两三四五六七八九十百千万亿");
mark(ENCLOSING_MARK, '"“”〈〉《》「」『』');
mark(RANGE_SEPARATOR, "-－—–~～至到/");
mark(POINT_OPENER, "。；;！!？?：:>）)】」");

function hasClass(code: number, flag: number): boolean {
  // NaN fails `code >= 0`: the table is never read with NaN, which V8 reads on a slow path
  return code >= 0 && ((CLASSES[code] ?? 0) & flag) !== 0;
}

/**
 * True for the code of an Arabic digit, ASCII or full-width.
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether it is a digit
 *
 * @example
 * ```ts
 * isDigitCode("８".charCodeAt(0));
 * //=> true
 * ```
 * @internal
 */
export function isDigitCode(code: number): boolean {
  return hasClass(code, DIGIT);
}

/**
 * True for the code of a Latin letter, ASCII or full-width.
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether it is a Latin letter
 *
 * @example
 * ```ts
 * isLatinLetterCode("G".charCodeAt(0));
 * //=> true
 * ```
 * @internal
 */
export function isLatinLetterCode(code: number): boolean {
  return hasClass(code, LATIN_LETTER);
}

/**
 * True for the code of a horizontal space (see {@link isHorizontalSpace}).
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether it is a horizontal space
 *
 * @example
 * ```ts
 * isHorizontalSpaceCode(0x3000);
 * //=> true
 * ```
 * @internal
 */
export function isHorizontalSpaceCode(code: number): boolean {
  return hasClass(code, HORIZONTAL_SPACE);
}

/**
 * True for the code of any whitespace, line breaks included (see {@link isAnySpace}).
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether it is whitespace
 *
 * @example
 * ```ts
 * isAnySpaceCode("\n".charCodeAt(0));
 * //=> true
 * ```
 * @internal
 */
export function isAnySpaceCode(code: number): boolean {
  return hasClass(code, HORIZONTAL_SPACE | LINE_BREAK);
}

/**
 * True for the code of punctuation that ends a clause (see {@link isClauseEnd}).
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether it ends a clause
 *
 * @example
 * ```ts
 * isClauseEndCode("，".charCodeAt(0));
 * //=> true
 * ```
 * @internal
 */
export function isClauseEndCode(code: number): boolean {
  return hasClass(code, CLAUSE_END);
}

/**
 * True for the code of a character a Chinese number word may start with: 零〇一二两三四五六七八九十,
 * not 万/百/千 (万人发案率 counts nothing).
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether a Chinese number may start with it
 *
 * @example
 * ```ts
 * isChineseNumberStartCode("两".charCodeAt(0));
 * //=> true
 * ```
 * @internal
 */
export function isChineseNumberStartCode(code: number): boolean {
  return hasClass(code, CHINESE_NUMBER_START);
}

/**
 * True for the code of a character of a Chinese number word: the digits, 十, 百, 千, 万 and 亿.
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether it may continue a Chinese number
 *
 * @example
 * ```ts
 * isChineseNumberBodyCode("万".charCodeAt(0));
 * //=> true
 * ```
 * @internal
 */
export function isChineseNumberBodyCode(code: number): boolean {
  return hasClass(code, CHINESE_NUMBER_BODY);
}

/**
 * True for the code of a character a number may start with: a digit or {@link isChineseNumberStartCode}.
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether a number may start with it
 *
 * @example
 * ```ts
 * [isNumberStartCode("7".charCodeAt(0)), isNumberStartCode("三".charCodeAt(0)), isNumberStartCode("万".charCodeAt(0))];
 * //=> [true, true, false]
 * ```
 * @internal
 */
export function isNumberStartCode(code: number): boolean {
  return hasClass(code, DIGIT | CHINESE_NUMBER_START);
}

/**
 * True for the code of a separator of ranges and dates: `2-3`, `2024-12-31`, `3至5`, `2021/2022`.
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether it separates two numbers of a range or date
 *
 * @example
 * ```ts
 * isRangeSeparatorCode("至".charCodeAt(0));
 * //=> true
 * ```
 * @internal
 */
export function isRangeSeparatorCode(code: number): boolean {
  return hasClass(code, RANGE_SEPARATOR);
}

/**
 * True for the code of what may stand before the number of a list point: the end of a sentence or
 * clause, of an HTML tag, or a closing bracket (`。2.制定…`, `<p>1.对标…`, `（一）1.`).
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether a list point may start after it
 *
 * @example
 * ```ts
 * [isPointOpenerCode("。".charCodeAt(0)), isPointOpenerCode("，".charCodeAt(0))];
 * //=> [true, false]
 * ```
 * @internal
 */
export function isPointOpenerCode(code: number): boolean {
  return hasClass(code, POINT_OPENER);
}

/**
 * True for the code of a quote or title mark: `"` `“` `”` `〈` `〉` `《` `》` `「` `」` `『` `』`.
 *
 * @param code - A UTF-16 code (NaN past the end of the text)
 * @returns Whether it opens or closes a quote or a title
 *
 * @example
 * ```ts
 * isEnclosingMarkCode("《".charCodeAt(0));
 * //=> true
 * ```
 * @internal
 */
export function isEnclosingMarkCode(code: number): boolean {
  return hasClass(code, ENCLOSING_MARK);
}

/**
 * The index of the first character from `at` that starts a number ({@link isNumberStartCode}) or is
 * a quote or title mark (" “ ” 〈 〉 《 》 「 」 『 』), or the length of the text. The reader skips
 * most of a text with it: one table lookup per character.
 *
 * @param text - The text
 * @param at - Where to start
 * @returns The index of that character, or `text.length`
 *
 * @example
 * ```ts
 * skipToNumberOrMark("共有“五个”", 0);
 * //=> 2
 * ```
 * @internal
 */
export function skipToNumberOrMark(text: string, at: number): number {
  const wanted = DIGIT | CHINESE_NUMBER_START | ENCLOSING_MARK;
  let k = at;
  while (k < text.length && !hasClass(text.charCodeAt(k), wanted)) k++;
  return k;
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
  const spaces = anySpace ? HORIZONTAL_SPACE | LINE_BREAK : HORIZONTAL_SPACE;
  let k = at;
  while (k - at < max && hasClass(text.charCodeAt(k), spaces)) k++;
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
  while (at - k < max && k > 0 && isHorizontalSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/**
 * A table of flags by UTF-16 code, each flag set for the characters listed with it. A loop that
 * asks several things of each character (a clause end? the last character of a delta word?) reads
 * one entry with {@link flagsAt} instead of asking each, and passes over most characters at once.
 * Built from lists of characters, not by testing every code: tables are made when the module loads.
 *
 * @param marks - Flags (bits of a byte), each with its characters
 * @param range - A flag and the first and last codes of a range it is set for, if any
 * @returns The table, one byte per BMP code
 *
 * @example
 * ```ts
 * const table = codeFlags([[1, DIGIT_CHARS], [2, "万亿"]]);
 * [flagsAt(table, "5万", 0), flagsAt(table, "5万", 1), flagsAt(table, "5万", 2)];
 * //=> [1, 2, 0]
 * ```
 * @internal
 */
export function codeFlags(
  marks: readonly (readonly [flag: number, chars: string])[],
  range?: readonly [flag: number, first: number, last: number],
): Uint8Array {
  const table = new Uint8Array(0x10000);
  // the range is filled first, natively: marking thousands of codes one by one slows the load
  if (range !== undefined) table.fill(range[0], range[1], range[2] + 1);
  for (const [flag, chars] of marks)
    for (let k = 0; k < chars.length; k++) {
      const code = chars.charCodeAt(k);
      table[code] = (table[code] ?? 0) | flag;
    }
  return table;
}

/**
 * The flags of the character at `k` in a {@link codeFlags} table; 0 past either end of the text.
 *
 * @param table - A table made by {@link codeFlags}
 * @param text - The text
 * @param k - An index, possibly past either end
 * @returns The flags set for that character
 *
 * @example
 * ```ts
 * flagsAt(codeFlags([[1, DIGIT_CHARS]]), "第5", 1);
 * //=> 1
 * ```
 * @internal
 */
export function flagsAt(table: Uint8Array, text: string, k: number): number {
  // bounds first: a typed array read with NaN (past the ends) takes a slow path
  return k >= 0 && k < text.length ? (table[text.charCodeAt(k)] ?? 0) : 0;
}

/**
 * The code of the character before `at` and at most `max` spaces: `text.charCodeAt(skipSpacesBack(text,
 * at, max) - 1)`, reading the character once (NaN at the start of the text).
 *
 * @param text - The text
 * @param at - The index after the spaces
 * @param max - The most spaces to skip
 * @returns The code of the character before the spaces
 *
 * @example
 * ```ts
 * String.fromCharCode(codeBeforeSpaces("第 1 项", 2, 2));
 * //=> "第"
 * ```
 * @internal
 */
export function codeBeforeSpaces(text: string, at: number, max: number): number {
  let k = at - 1;
  let code = text.charCodeAt(k);
  // before the start of the text the code is NaN, no space: the walk stops there, as skipSpacesBack
  while (at - 1 - k < max && isHorizontalSpaceCode(code)) code = text.charCodeAt(--k);
  return code;
}

/**
 * True when `chars` holds the character of `code` (NaN, past the ends of a text, is in none).
 * Compares codes: `chars.includes(text[k])` would make a string of every CJK character it reads.
 *
 * @param chars - Characters of the BMP
 * @param code - A UTF-16 code
 * @returns Whether one of `chars` has that code
 *
 * @example
 * ```ts
 * includesCode("享同建", "同".charCodeAt(0));
 * //=> true
 * ```
 * @internal
 */
export function includesCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
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
