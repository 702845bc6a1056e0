import { toHalfWidth } from "../../_lib/text/toHalfWidth";
import { readSeqMarker } from "../../fields/seq/readSeqMarker";

/**
 * The number of a seq cell: a bare number (1, 12, １２) or a numbering marker with nothing after it
 * ((一), 1.); null for any other cell.
 * @internal
 */
export function readSeqCell(cell: string | undefined): number | null {
  const c = toHalfWidth(cell ?? "").trim();
  if (/^\d{1,4}$/.test(c)) return Number(c);
  const m = readSeqMarker(c);
  return m && !m.rest.trim() ? m.seq : null;
}
