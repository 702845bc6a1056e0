import { mergeFillBudget } from "../limits/mergeFillBudget";
import { cellText, cleanCellText } from "./cellText";
import { headerDepth, joinHeaderRows } from "./headerRows";
import { parseRange, type CellRange } from "./parseRange";
import type { WorkbookLike, WorksheetLike } from "./workbookShape";

/**
 * How many cells the rows may lay out (each as long as its last cell), per cell held or filled.
 * A real sheet lays out about what it holds; one whose every row holds a cell in column XFD lays
 * out 16,384 per row, and is read without the columns no row fills.
 */
const GRID_PER_CELL = 64;
/** Cells any sheet may lay out, however few it holds. */
const GRID_MIN = 1_000_000;

/** A row's cells as the sheet holds them: column numbers (from 1) and texts, in the order read. */
interface HeldRow {
  readonly columns: number[];
  readonly texts: string[];
  /** Where each column's latest text is in `texts`: built when a merge first asks the row. */
  latest?: Map<number, number>;
}

/** The text the row holds last in `column` (a merge's over what the writer left), or "". */
function textAt(row: HeldRow | undefined, column: number): string {
  if (!row) return "";
  if (!row.latest) {
    row.latest = new Map();
    for (let k = 0; k < row.columns.length; k++) row.latest.set(row.columns[k] as number, k);
  }
  const k = row.latest.get(column);
  return k === undefined ? "" : (row.texts[k] as string);
}

/** Adds a cell to the row, after the ones it holds. */
function put(row: HeldRow, column: number, text: string): void {
  row.latest?.set(column, row.texts.length);
  row.columns.push(column);
  row.texts.push(text);
}

/**
 * The sheet's rows that hold text (or that a merged range fills), by row number, each as long as
 * its last cell, merged ranges filled with their master's text, and how many columns they span.
 * Only the cells the sheet holds are read, so the time and memory follow the file, not the size
 * the sheet claims: once merged ranges have filled 64 cells per cell held (and at least 10,000), a
 * further range keeps its text in its first cell only, and when the rows would lay out more than
 * 64 cells per cell (and a million), the columns no row fills are left out.
 *
 * @throws Error when the rows lay out more than that even without those columns
 */
function sheetGrid(
  sheet: WorksheetLike,
  merges: readonly CellRange[],
): { grid: Map<number, string[]>; width: number } {
  const held = new Map<number, HeldRow>();
  const rowOf = (r: number): HeldRow => {
    let row = held.get(r);
    if (!row) held.set(r, (row = { columns: [], texts: [] }));
    return row;
  };
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells = rowOf(r);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      count++;
      put(cells, c, cleanCellText(cellText(cell)));
    });
  });
  // Some writers leave the covered cells of a merge empty instead of pointing at the master.
  const last = sheet.rowCount;
  const width = sheet.columnCount;
  let budget = mergeFillBudget(count);
  let filled = 0;
  for (const m of merges) {
    const text = textAt(held.get(m.top), m.left);
    const bottom = Math.min(m.bottom, last);
    const right = Math.min(m.right, width);
    const area = Math.max(0, bottom - m.top + 1) * Math.max(0, right - m.left + 1);
    // An empty master fills nothing a reader would see.
    if (text === "" || area > budget) continue;
    budget -= area;
    filled += area;
    for (let r = m.top; r <= bottom; r++) {
      const cells = rowOf(r);
      for (let c = m.left; c <= right; c++) put(cells, c, text);
    }
  }
  const { place: column, width: laidOutWidth } = columnPlaces(
    held,
    GRID_MIN + GRID_PER_CELL * (count + filled),
    width,
  );
  const grid = new Map<number, string[]>();
  for (const [r, { columns, texts }] of held) {
    const cells: string[] = [];
    // Later cells win: a merge's text over what the writer left in the cells it covers.
    for (let k = 0; k < columns.length; k++) {
      const place = column(columns[k] as number);
      if (place >= 0) paddedTo(cells, place + 1)[place] = texts[k] as string;
    }
    grid.set(r, cells);
  }
  return { grid, width: laidOutWidth };
}

/**
 * Where each column of the sheet goes in a row (0-based; -1 for a column left out), and how many
 * columns the rows then span: each column in its own place, over the sheet's `columns`, when the
 * rows, each as long as its last cell, lay out at most `limit` cells; else only the columns some
 * row fills, side by side in their order.
 *
 * @throws Error when even those lay out more than `limit` cells
 */
function columnPlaces(
  held: ReadonlyMap<number, HeldRow>,
  limit: number,
  columns: number,
): { place: (column: number) => number; width: number } {
  let laidOut = 0;
  for (const row of held.values()) laidOut += row.columns.reduce((n, c) => Math.max(n, c), 0);
  if (laidOut <= limit) return { place: (c) => c - 1, width: columns };
  const used = new Set<number>();
  for (const row of held.values())
    row.columns.forEach((c, k) => {
      if (row.texts[k] !== "") used.add(c);
    });
  const places = new Map([...used].sort((a, b) => a - b).map((c, i) => [c, i] as const));
  let compact = 0;
  for (const row of held.values())
    compact += row.columns.reduce((n, c) => Math.max(n, (places.get(c) ?? -1) + 1), 0);
  if (compact > limit)
    throw new Error(
      `its rows lay out ${compact} cells once the empty columns are left out, more than ${limit} are read`,
    );
  return { place: (c) => places.get(c) ?? -1, width: places.size };
}

/**
 * A row as it reads: trailing empty cells dropped, and a row whose cells all say the same (a title
 * merged across the sheet) made one cell, so it reads as the paragraph it is.
 */
function tidyRow(row: readonly string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === "") end--;
  const cells = row.slice(0, end);
  const filled = cells.filter(Boolean);
  const distinct = new Set(filled);
  return distinct.size === 1 && filled.length > 1 ? [...distinct] : cells;
}

/**
 * Reads one worksheet into rows: merged cells filled with their master's text, the first row of
 * two or more cells taken as the header (joined into one row when merges make it span several, see
 * {@link joinHeaderRows}), empty rows skipped, single-cell rows (titles, notes) kept as one-cell rows.
 * Columns no row fills are left out when the rows would otherwise lay out far more cells than the
 * sheet holds (a cell in column XFD on every row).
 *
 * @param sheet - an exceljs Worksheet (see {@link WorksheetLike})
 * @throws Error when the rows lay out more than a million cells and 64 per cell held even so
 */
export function worksheetRows(sheet: WorksheetLike): string[][] {
  const merges = mergeRefs(sheet)
    .map(parseRange)
    .filter((m): m is CellRange => m !== null);
  const { grid, width } = sheetGrid(sheet, merges);
  const numbers = [...grid.keys()].sort((a, b) => a - b);
  const rows: string[][] = [];
  let headerRead = false;
  for (let k = 0; k < numbers.length; k++) {
    const r = numbers[k] as number;
    const row = tidyRow(grid.get(r) ?? []);
    // The first row with two filled cells is the header; under a group title it spans rows.
    if (!headerRead && row.filter(Boolean).length >= 2) {
      headerRead = true;
      const depth = headerDepth(r, merges, sheet.rowCount);
      if (depth > 1) {
        const block = Array.from({ length: depth }, (_, d) => grid.get(r + d) ?? []);
        rows.push(paddedTo(joinHeaderRows(block, depth), width));
        while (k + 1 < numbers.length && (numbers[k + 1] as number) < r + depth) k++;
      } else rows.push(row);
      continue;
    }
    if (row.every((c) => c === "")) continue;
    rows.push(row);
  }
  return rows;
}

/** The sheet's merged ranges as refs (`B2:D3`). */
function mergeRefs(sheet: WorksheetLike): readonly string[] {
  // `model` builds the whole sheet's model again (every row, every cell) only to list the merges.
  if (sheet._merges) return Object.values(sheet._merges).map((m) => m.range);
  return sheet.model.merges ?? [];
}

/** `cells` made at least `width` long with empty cells: a column a row does not hold reads as empty. */
function paddedTo(cells: string[], width: number): string[] {
  for (let c = cells.length; c < width; c++) cells.push("");
  return cells;
}

/**
 * Reads a loaded workbook into rows, sheet after sheet (see {@link worksheetRows}). Each app loads
 * exceljs its own way (Node build, browser bundle) and passes the workbook in.
 *
 * @param workbook - an exceljs Workbook after `xlsx.load` (see {@link WorkbookLike})
 * @returns the rows of every sheet; empty when the workbook holds no text
 * @throws Error when a sheet's rows lay out too many cells (see {@link worksheetRows})
 */
export function workbookRows(workbook: WorkbookLike): string[][] {
  return workbook.worksheets.flatMap((sheet) => worksheetRows(sheet));
}
