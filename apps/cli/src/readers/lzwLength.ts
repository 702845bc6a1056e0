// PDF's LZWDecode, counted rather than decoded: how long each code's string is follows from the
// table of lengths alone, so a stream that decodes to gigabytes is measured in a pass over its
// codes, keeping 8 KB. The reading is pdfjs': codes of 9 to 12 bits, 256 clears the table, 257
// ends the data, and the code width grows one code early (EarlyChange 1, the default).

const CLEAR = 256;
const END = 257;
const FIRST = 258;
/** Table slots: pdfjs' table holds 4,097 entries. */
const SLOTS = 4097;

/**
 * How many bytes LZW data decodes to, counted code by code; `keepGoing` is asked after each code
 * with the count so far, and stops the count by returning false.
 *
 * @param data - the stream's data
 * @param keepGoing - asked after each code with the bytes decoded so far
 * @returns the bytes the data decodes to (as far as it was counted)
 *
 * @example
 * ```ts
 * // codes 65, 66, 258 and the end, 9 bits each: "A", "B", then the new entry "AB"
 * lzwLength(new Uint8Array([0x20, 0x90, 0xa0, 0x50, 0x10]), () => true); //=> 4
 * ```
 */
export function lzwLength(data: Uint8Array, keepGoing: (decoded: number) => boolean): number {
  const lengths = new Uint16Array(SLOTS);
  let next = FIRST;
  let width = 9;
  let previous = 0; // the length of the previous code's string; 0 right after a clear
  let decoded = 0;
  let bits = 0;
  let held = 0;
  for (let at = 0; ;) {
    while (held < width && at < data.length) {
      bits = ((bits << 8) | (data[at++] as number)) >>> 0;
      held += 8;
    }
    if (held < width) break;
    const code = (bits >>> (held - width)) & ((1 << width) - 1);
    held -= width;
    bits &= (1 << held) - 1;
    if (code === CLEAR) {
      next = FIRST;
      width = 9;
      previous = 0;
      continue;
    }
    if (code === END) break;
    // A code not yet in the table is the previous string and its own first byte (KwKwK).
    const length = code < CLEAR ? 1 : code < next ? (lengths[code] as number) : previous + 1;
    if (previous > 0) {
      if (next < SLOTS) lengths[next] = previous + 1;
      next++;
      // one code early: 9 bits to 510, 10 to 1022, 11 to 2046, then 12
      const edge = next + 1;
      if ((edge & (edge - 1)) === 0) width = Math.min(12, Math.log2(edge) + 1);
    }
    previous = length;
    decoded += length;
    if (!keepGoing(decoded)) break;
  }
  return decoded;
}
