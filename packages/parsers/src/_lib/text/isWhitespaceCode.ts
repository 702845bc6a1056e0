/**
 * Whether a UTF-16 code is whitespace as `\s` of a regular expression reads it: ASCII whitespace,
 * NBSP, U+1680, U+2000–U+200A, the line and paragraph separators, U+202F, U+205F, U+3000 and the
 * BOM. Asked by code so that hot loops build no one-character strings.
 *
 * @internal
 * @param c - A UTF-16 code (NaN past a string's ends: not whitespace)
 * @returns True when `/\s/` matches the character
 *
 * @example
 * ```ts
 * isWhitespaceCode("\u3000".charCodeAt(0)); //=> true
 * isWhitespaceCode("区".charCodeAt(0)); //=> false
 * ```
 */
export function isWhitespaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  // Most text is CJK, above every space but the BOM: answered with one more comparison.
  if (c > 0x3000) return c === 0xfeff;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}
