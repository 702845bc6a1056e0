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
    let mapped = -1;
    if (c >= 0xff01 && c <= 0xff5e) mapped = c - 0xfee0;
    else if (c === 0x3000) mapped = 0x20;
    if (mapped >= 0) {
      out += text.slice(from, i) + String.fromCharCode(mapped);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
