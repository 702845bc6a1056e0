/**
 * One line (or table row) of the source as the layouts see it.
 * @internal
 */
export interface SourceLine {
  /** 1-based line number in the source (row number for table inputs). */
  readonly no: number;
  /** The line as decoded, untouched. */
  readonly raw: string;
  /** The line with whitespace runs collapsed to one space and trimmed; "" for a blank line. */
  readonly text: string;
  /** The cells: tab-separated parts of a text line, or the cells of a table row; null for a line without tabs. */
  readonly cells: readonly string[] | null;
}
