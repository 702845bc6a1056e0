import { parseRange } from "./parseRange";

// A merged range as Excel and exceljs write it: <mergeCell ref="B2:D3"/>.
const MERGE_REF = /<mergeCell ref="([^"]{1,24})"/g;
/**
 * Longer than any MERGE_REF match or failed try (41 characters): a range starting earlier in a
 * chunk was found or ruled out within it.
 */
const OVERLAP = 48;
// Windows-1252 as the WHATWG decoder reads "latin1": one character per byte, ASCII as it is, and
// several times faster than fflate's strFromU8 over a sheet of hundreds of megabytes.
const LATIN1 = new TextDecoder("latin1");

/**
 * Counts the cells a sheet's merged ranges cover, reading its XML in chunks as it is inflated:
 * a range cut between two chunks is read once, whole, and the count is the one a search of the
 * whole XML gives. Chunks are read a character per byte (the pattern is ASCII, and a character cut
 * between chunks cannot fail it).
 *
 * @example
 * ```ts
 * import { strToU8 } from "fflate";
 * const counter = mergedCellCounter();
 * counter.read(strToU8('<mergeCells><mergeCell ref="A1:'));
 * counter.read(strToU8('B2"/></mergeCells>'));
 * counter.cells(); //=> 4
 * ```
 */
export function mergedCellCounter(): { read(chunk: Uint8Array): void; cells(): number } {
  let tail = "";
  let cells = 0;
  return {
    read(chunk) {
      const text = tail + LATIN1.decode(chunk);
      let searched = 0;
      for (const m of text.matchAll(MERGE_REF)) {
        searched = m.index + m[0].length;
        const range = parseRange(m[1] ?? "");
        if (range)
          cells += (Math.abs(range.bottom - range.top) + 1) * (Math.abs(range.right - range.left) + 1);
      }
      // Searched again with the next chunk: the text after the last range where a range could
      // still start, as a search of the whole XML would go on from there.
      tail = text.slice(Math.max(searched, text.length - OVERLAP));
    },
    cells: () => cells,
  };
}
