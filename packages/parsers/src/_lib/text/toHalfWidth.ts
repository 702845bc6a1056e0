/**
 * Maps full-width ASCII forms (U+FF01–U+FF5E: `１２．（）：`) to their ASCII twins and the
 * ideographic space (U+3000) to a space. Every character maps to exactly one character, so
 * indices in the result are indices in the input: match on the result, slice the original.
 *
 * @internal
 * @param text - Any string.
 * @returns The string with full-width forms folded, the same length as `text`.
 *
 * @example
 * ```ts
 * toHalfWidth("２０２４年１２月（一）");
 * //=> "2024年12月(一)"
 * ```
 */
export function toHalfWidth(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3000) continue; // ASCII and most CJK punctuation: nothing to fold
    let folded: string | undefined;
    if (c >= 0xff01 && c <= 0xff5e) folded = ASCII_OF_FULL_WIDTH[c - 0xff01];
    else if (c === 0x3000) folded = " ";
    if (folded !== undefined) {
      out += text.slice(from, i) + folded;
      from = i + 1;
    }
  }
  // A string with nothing to fold comes back as itself, with no copy.
  return from === 0 ? text : out + text.slice(from);
}

/** U+FF01–U+FF5E → U+0021–U+007E, made once. */
const ASCII_OF_FULL_WIDTH: readonly string[] = Array.from({ length: 0x5e }, (_, k) =>
  String.fromCharCode(0x21 + k),
);
