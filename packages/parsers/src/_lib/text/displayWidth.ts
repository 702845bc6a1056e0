// How wide a character is drawn in a monospaced layout (what `pdftotext -layout` and plain-text
// tables align by): East Asian wide and full-width characters take two columns, the rest one.

/**
 * Whether the UTF-16 code `c` is drawn two columns wide: Hangul Jamo, CJK radicals to Yi (the
 * ideographs, kana, CJK punctuation and the ideographic space), Hangul syllables, compatibility
 * ideographs, CJK compatibility forms and the full-width forms.
 * @internal
 *
 * @example
 * ```ts
 * isWideCode("区".charCodeAt(0)); //=> true
 * isWideCode("1".charCodeAt(0)); //=> false
 * ```
 */
export function isWideCode(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}
