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

/**
 * 1-1 · 2.3 · 1—2 · 1-2-3: a task numbered under a group, as work plans number their breakdowns.
 * No part starts with 0 and the group has at most two digits, so that a date's tail (024-12-31) is none.
 */
const COMPOUND_SEQ = /^[1-9]\d?(?:[-.—–][1-9]\d{0,2}){1,2}$/;

/**
 * A compound number in a seq cell (`1-1`, `2.3`, `１－２`), folded to half width, or null: the row is
 * a task, though its number is not one the model holds (the section numbers it in order).
 * @internal
 *
 * @example
 * ```ts
 * readCompoundSeq("2-1"); //=> "2-1"
 * readCompoundSeq("１．２"); //=> "1.2"
 * readCompoundSeq("12"); //=> null
 * ```
 */
export function readCompoundSeq(cell: string | undefined): string | null {
  const t = (cell ?? "").trim();
  if (t.length > 15) return null;
  const c = toHalfWidth(t);
  return COMPOUND_SEQ.test(c) ? c : null;
}

/**
 * Whether a cell numbers a row: a seq cell ({@link readSeqCell}) or a compound number
 * ({@link readCompoundSeq}).
 * @internal
 *
 * @example
 * ```ts
 * isRowNumberCell("1-1"); //=> true
 * isRowNumberCell("区教委"); //=> false
 * ```
 */
export function isRowNumberCell(cell: string | undefined): boolean {
  return readSeqCell(cell) !== null || readCompoundSeq(cell) !== null;
}
