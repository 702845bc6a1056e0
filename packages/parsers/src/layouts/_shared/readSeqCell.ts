import { toHalfWidth } from "../../_lib/text/toHalfWidth";
import { readSeqMarker } from "../../fields/seq/readSeqMarker";

// The longest seq cell: （四十一） (8); a bare number has at most 4 digits. A longer cell (a task's
// text) holds more than a number and is not folded.
const SEQ_CELL_MAX = 8;

/**
 * The number of a seq cell: a bare number (1, 12, １２) or a numbering marker with nothing after it
 * ((一), 1.); null for any other cell.
 * @internal
 *
 * @example
 * ```ts
 * readSeqCell("１２"); //=> 12
 * readSeqCell("（一）"); //=> 1
 * readSeqCell("1.新增托位"); //=> null
 * ```
 */
export function readSeqCell(cell: string | undefined): number | null {
  const t = (cell ?? "").trim();
  if (t.length > SEQ_CELL_MAX) return null;
  const c = toHalfWidth(t);
  if (/^\d{1,4}$/.test(c)) return Number(c);
  const m = readSeqMarker(c);
  return m && !m.rest.trim() ? m.seq : null;
}
