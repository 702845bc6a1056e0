// One character per byte (WHATWG "latin1" is Windows-1252): ASCII as it is, a cut multi-byte
// character harmless to an ASCII pattern, and several times faster than fflate's strFromU8 over a
// sheet of hundreds of megabytes.
const LATIN1 = new TextDecoder("latin1");

/**
 * A chunk of XML as the searches read it: a character per byte. Decoded once per chunk, however
 * many searches read it.
 *
 * @example
 * ```ts
 * latin1(new Uint8Array([0x3c, 0x63, 0x3e])); //=> "<c>"
 * ```
 */
export function latin1(chunk: Uint8Array): string {
  return LATIN1.decode(chunk);
}

/**
 * A search of XML that comes in chunks (a sheet as it is inflated), finding what one search of the
 * whole would find, each match once: after each chunk, the text from the end of the last match,
 * or at most `overlap` characters, is searched again with the next. `overlap` must exceed the
 * longest stretch the pattern reads at any start, so that a start before it was decided within
 * its chunk. Chunks are given as {@link latin1} reads them, for ASCII patterns.
 *
 * @param pattern - a global pattern whose every match and failed try reads fewer than `overlap` characters
 * @param overlap - how much of a chunk's end is searched again with the next
 * @param onMatch - called with each match, in order
 * @returns the function to give each chunk's text to, in order
 *
 * @example
 * ```ts
 * const found: string[] = [];
 * const read = chunkedSearch(/<b>(\d+)<\/b>/g, 16, (m) => found.push(m[1] ?? ""));
 * read("<b>1</b><b>2");
 * read("3</b>");
 * found; //=> ["1", "23"]
 * ```
 */
export function chunkedSearch(
  pattern: RegExp,
  overlap: number,
  onMatch: (match: RegExpExecArray) => void,
): (chunk: string) => void {
  let tail = "";
  return (chunk) => {
    const text = tail + chunk;
    let searched = 0;
    for (const m of text.matchAll(pattern)) {
      searched = m.index + m[0].length;
      onMatch(m);
    }
    tail = text.slice(Math.max(searched, text.length - overlap));
  };
}
