import { mergeFillBudget } from "../limits/mergeFillBudget";

/** A table cell as the grid needs it: its text and how many columns and rows it covers. */
export interface SpanCell {
  readonly text: string;
  readonly colspan: number;
  readonly rowspan: number;
}

/** A colspan of 1e9 in a hostile page must not allocate a billion cells. */
export const MAX_SPAN = 1000;

/** A span as the grid uses it: whole numbers from 1 to {@link MAX_SPAN}; anything else counts as 1. */
const clampSpan = (n: number): number => (Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1);

/**
 * Reads a `colspan`/`rowspan` attribute value the way browsers tolerate it: absent, empty, zero,
 * negative or garbage means 1, and absurd spans are capped at {@link MAX_SPAN}.
 *
 * @example
 * ```ts
 * [parseSpan(undefined), parseSpan("3"), parseSpan("0"), parseSpan("999999999")]; //=> [1, 3, 1, 1000]
 * ```
 */
export function parseSpan(value: string | undefined): number {
  return clampSpan(Number.parseInt(value ?? "1", 10));
}

/**
 * Lays out a table's rows of cells on a grid, filling merged cells: a cell spanning columns or rows
 * repeats its text in every position it covers, so each row reads on its own. Holes left by ragged
 * markup become empty cells; a cell spans no row past the last. Once a table has filled 64
 * positions per cell (and at least 10,000), a further merged cell fills its own position only:
 * its text is kept, the columns after it may shift.
 *
 * @example
 * ```ts
 * fillSpans([
 *   [{ text: "1", colspan: 1, rowspan: 2 }, { text: "托位", colspan: 1, rowspan: 1 }],
 *   [{ text: "保险", colspan: 1, rowspan: 1 }],
 * ]);
 * //=> [["1", "托位"], ["1", "保险"]]
 * ```
 */
export function fillSpans(rows: readonly (readonly SpanCell[])[]): string[][] {
  let cellCount = 0;
  for (const cells of rows) cellCount += cells.length;
  let budget = mergeFillBudget(cellCount);
  const grid: string[][] = [];
  rows.forEach((cells, r) => {
    const row = (grid[r] ??= []);
    let col = 0;
    for (const cell of cells) {
      while (row[col] !== undefined) col++; // skip slots a cell from a row above spans into
      let colspan = clampSpan(cell.colspan);
      let rowspan = Math.min(clampSpan(cell.rowspan), rows.length - r);
      if (colspan * rowspan > budget) colspan = rowspan = 1;
      budget -= colspan * rowspan;
      for (let dr = 0; dr < rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) target[col + dc] = cell.text;
      }
      col += colspan;
    }
  });
  return grid.map((row) => Array.from(row, (c) => c ?? ""));
}
