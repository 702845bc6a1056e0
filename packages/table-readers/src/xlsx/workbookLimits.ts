// What a workbook may claim before exceljs loads it (in Node or in a browser). exceljs builds an object for every cell a
// merged range covers and inflates every part of the zip in memory: one range of a billion cells
// in a 7 KB file, or a part that inflates to gigabytes, takes all the heap and aborts the process.
// The zip's directory and the sheets' merged ranges tell both beforehand, at a small cost.
import { strFromU8, unzipSync } from "fflate";
import { parseRange } from "./parseRange";

/** The most bytes a workbook's parts may inflate to, all together. */
export const MAX_UNZIPPED_BYTES = 512 * 2 ** 20;
/** The most cells its merged ranges may cover, all sheets together. */
export const MAX_MERGED_CELLS = 1_000_000;

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
// A merged range as Excel and exceljs write it: <mergeCell ref="B2:D3"/>.
const MERGE_REF = /<mergeCell ref="([^"]{1,24})"/g;

/**
 * Why a zip's parts are too large to unzip in memory (their sizes as its directory gives them,
 * all together, over `maxBytes`), or null. For a Word .docx before mammoth unzips it, as
 * {@link workbookTooLarge} does for a workbook; bytes that are no zip give null.
 *
 * @example
 * ```ts
 * zipTooLarge(new Uint8Array([1, 2, 3])); //=> null
 * ```
 */
export function zipTooLarge(bytes: Uint8Array, maxBytes: number = MAX_UNZIPPED_BYTES): string | null {
  let inflated = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        inflated += file.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return inflated > maxBytes ? `its parts unzip to ${inflated} bytes, more than ${maxBytes} are read` : null;
}

/**
 * Why exceljs could not load the workbook within memory, or null when it can (or when the bytes
 * are no zip at all: exceljs says so itself). A zip whose directory understates its parts' sizes
 * is not caught here.
 *
 * @example
 * ```ts
 * workbookTooLarge(new Uint8Array([1, 2, 3])); //=> null
 * ```
 */
export function workbookTooLarge(
  bytes: Uint8Array,
  limits: { readonly unzippedBytes: number; readonly mergedCells: number } = {
    unzippedBytes: MAX_UNZIPPED_BYTES,
    mergedCells: MAX_MERGED_CELLS,
  },
): string | null {
  const tooLarge = zipTooLarge(bytes, limits.unzippedBytes);
  if (tooLarge) return tooLarge;
  let sheets: Record<string, Uint8Array>;
  try {
    sheets = unzipSync(bytes, { filter: (file) => SHEET.test(file.name) });
  } catch {
    return null;
  }
  let merged = 0;
  for (const xml of Object.values(sheets))
    for (const m of strFromU8(xml).matchAll(MERGE_REF)) {
      const range = parseRange(m[1] ?? "");
      if (range)
        merged += (Math.abs(range.bottom - range.top) + 1) * (Math.abs(range.right - range.left) + 1);
    }
  if (merged > limits.mergedCells)
    return `its merged ranges cover ${merged} cells, more than ${limits.mergedCells} are read`;
  return null;
}
