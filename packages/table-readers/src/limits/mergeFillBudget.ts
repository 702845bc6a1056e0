/**
 * How many positions merged cells may fill, per cell a table or sheet holds: far more than any real
 * table fills (a header cell over ten columns, a category cell down fifty rows), while a small file
 * of cells each merged over a thousand rows and columns stays within a size linear in the file's.
 */
const FILL_PER_CELL = 64;
/** Positions merged cells may fill however few cells there are. */
const FILL_MIN = 10_000;

/**
 * The positions merged cells may fill in a table or sheet of `cells` cells (the HTML reader's and
 * the workbook reader's one policy): past it, a further merged cell keeps its text in its own
 * position only.
 *
 * @example
 * ```ts
 * mergeFillBudget(100); //=> 16400
 * ```
 */
export function mergeFillBudget(cells: number): number {
  return FILL_MIN + FILL_PER_CELL * cells;
}
