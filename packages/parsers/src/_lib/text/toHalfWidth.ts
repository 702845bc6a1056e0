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
  const n = text.length;
  let out = "";
  let from = 0;
  let pieces = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isFolded(c)) continue;
    // A few folds are joined piece by piece; past that, a piece per folded character would make
    // a rope of a million pieces on a line of full-width text: the rest goes through a buffer.
    if (++pieces > MAX_PIECES) return out + text.slice(from, i) + foldedFrom(text, i);
    out += text.slice(from, i) + String.fromCharCode(halfWidthCode(c));
    from = i + 1;
  }
  // A string with nothing to fold comes back as itself, with no copy.
  return from === 0 ? text : out + text.slice(from);
}

const MAX_PIECES = 32;
/** Codes per String.fromCharCode call: well under any engine's limit on arguments. */
const CHUNK = 8192;

/** U+FF01–U+FF5E and U+3000, tested with one comparison for most characters. */
function isFolded(c: number): boolean {
  return c >= 0x3000 && (c === 0x3000 || (c >= 0xff01 && c <= 0xff5e));
}

/** The text from `start` on, folded through a buffer of codes made into a string a chunk at a time. */
function foldedFrom(text: string, start: number): string {
  const codes = new Uint16Array(text.length - start);
  for (let k = start; k < text.length; k++) {
    codes[k - start] = halfWidthCode(text.charCodeAt(k));
  }
  let out = "";
  for (let k = 0; k < codes.length; k += CHUNK)
    out += String.fromCharCode.apply(null, codes.subarray(k, k + CHUNK) as unknown as number[]);
  return out;
}

/**
 * One character of {@link toHalfWidth}, by code: a full-width form to its ASCII twin, the
 * ideographic space to a space, any other code unchanged.
 *
 * @internal
 * @param c - A UTF-16 code
 * @returns The folded code
 *
 * @example
 * ```ts
 * String.fromCharCode(halfWidthCode("（".charCodeAt(0)), halfWidthCode(0x3000), halfWidthCode("中".charCodeAt(0)));
 * //=> "( 中"
 * ```
 */
export function halfWidthCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c === 0x3000 ? 0x20 : c;
}
