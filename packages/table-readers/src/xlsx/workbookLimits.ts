// What a workbook may claim before exceljs loads it (in Node or in a browser). exceljs builds an object for every cell a
// merged range covers and inflates every part of the zip in memory: one range of a billion cells
// in a 7 KB file, or a part that inflates to gigabytes, takes all the heap and aborts the process.
// The zip's directory tells what its parts claim; inflating them a step at a time, keeping nothing,
// tells what they hold (a directory may understate a part by a millionfold) and where the sheets'
// merged ranges lie, at a small cost.
import { partsTooLarge } from "../zip/partsTooLarge";
import { zipParts } from "../zip/zipParts";
import { cellCounter } from "./cellCounter";
import { latin1 } from "./chunkedSearch";
import { mergedCellCounter } from "./mergedCellCounter";
import { rowSpanCounter } from "./rowSpanCounter";

/** The most bytes a workbook's parts may inflate to, all together. */
export const MAX_UNZIPPED_BYTES = 512 * 2 ** 20;
/** The most cells its merged ranges may cover, all sheets together. */
export const MAX_MERGED_CELLS = 1_000_000;
/**
 * The most cells its rows may span (each row from column A to its last cell), all sheets
 * together: exceljs walks each row that far, about 50 ns a cell, so a hundred million is some
 * five seconds, and far more than a workbook exceljs can hold in memory anyway fills.
 */
export const MAX_SPANNED_CELLS = 100_000_000;

/**
 * The most cells its sheets may write, all together: exceljs takes some 1.3 KB a cell with what is
 * read from it, so 700,000 peaked at 940 MB. A report holds a few thousand.
 */
export const MAX_CELLS = 600_000;

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/**
 * Why a zip's parts are too large to unzip in memory, or null. The sizes its directory claims are
 * added up first; then every part is inflated a step at a time, nothing kept, to count what it
 * really holds, stopping past `maxBytes`. For a Word .docx before mammoth unzips it, as
 * {@link workbookTooLarge} does for a workbook; bytes that are no zip give null (the reader then
 * says so).
 *
 * @example
 * ```ts
 * zipTooLarge(new Uint8Array([1, 2, 3])); //=> null
 * ```
 */
export function zipTooLarge(bytes: Uint8Array, maxBytes: number = MAX_UNZIPPED_BYTES): string | null {
  const parts = zipParts(bytes);
  return parts ? partsTooLarge(bytes, parts, maxBytes, () => null) : null;
}

/**
 * Why exceljs could not load the workbook within memory, or null when it can (or when the bytes
 * are no zip at all: exceljs says so itself). Its parts are inflated once, a step at a time: what
 * they hold is counted whatever the zip's directory claims, and the sheets' merged ranges, how far
 * their rows span and how many cells they write are read as they come.
 *
 * @example
 * ```ts
 * workbookTooLarge(new Uint8Array([1, 2, 3])); //=> null
 * ```
 */
export function workbookTooLarge(
  bytes: Uint8Array,
  limits: {
    readonly unzippedBytes: number;
    readonly mergedCells: number;
    readonly spannedCells?: number;
    readonly cells?: number;
  } = {
    unzippedBytes: MAX_UNZIPPED_BYTES,
    mergedCells: MAX_MERGED_CELLS,
  },
): string | null {
  const parts = zipParts(bytes);
  if (!parts) return null;
  const merges: ReturnType<typeof mergedCellCounter>[] = [];
  const spans: ReturnType<typeof rowSpanCounter>[] = [];
  const written: ReturnType<typeof cellCounter>[] = [];
  const tooLarge = partsTooLarge(bytes, parts, limits.unzippedBytes, (part) => {
    if (!SHEET.test(part.name)) return null;
    const merged = mergedCellCounter();
    const spanned = rowSpanCounter();
    const cells = cellCounter();
    merges.push(merged);
    spans.push(spanned);
    written.push(cells);
    return (chunk) => {
      const text = latin1(chunk);
      merged.read(text);
      spanned.read(text);
      cells.read(text);
    };
  });
  if (tooLarge) return tooLarge;
  let merged = 0;
  for (const counter of merges) merged += counter.cells();
  if (merged > limits.mergedCells)
    return `its merged ranges cover ${merged} cells, more than ${limits.mergedCells} are read`;
  let spanned = 0;
  for (const counter of spans) spanned += counter.cells();
  const maxSpanned = limits.spannedCells ?? MAX_SPANNED_CELLS;
  if (spanned > maxSpanned) return `its rows span ${spanned} cells, more than ${maxSpanned} are read`;
  let cells = 0;
  for (const counter of written) cells += counter.cells();
  const maxCells = limits.cells ?? MAX_CELLS;
  if (cells > maxCells) return `its sheets hold ${cells} cells, more than ${maxCells} are read`;
  return null;
}
