import { chunkedSearch } from "./chunkedSearch";
import { parseRange } from "./parseRange";

// A merged range as Excel and exceljs write it: <mergeCell ref="B2:D3"/>.
const MERGE_REF = /<mergeCell ref="([^"]{1,24})"/g;
/** Longer than any MERGE_REF match or failed try (41 characters). */
const OVERLAP = 48;

/**
 * Counts the cells a sheet's merged ranges cover, reading its XML in chunks as it is inflated:
 * a range cut between two chunks is read once, whole, and the count is the one a search of the
 * whole XML gives (see {@link chunkedSearch}).
 *
 * @example
 * ```ts
 * const counter = mergedCellCounter();
 * counter.read('<mergeCells><mergeCell ref="A1:');
 * counter.read('B2"/></mergeCells>');
 * counter.cells(); //=> 4
 * ```
 */
export function mergedCellCounter(): { read(chunk: string): void; cells(): number } {
  let cells = 0;
  const read = chunkedSearch(MERGE_REF, OVERLAP, (m) => {
    const range = parseRange(m[1] ?? "");
    if (range) cells += (Math.abs(range.bottom - range.top) + 1) * (Math.abs(range.right - range.left) + 1);
  });
  return { read, cells: () => cells };
}
