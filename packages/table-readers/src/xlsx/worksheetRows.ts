import { cellText, cleanCellText } from "./cellText";
import { headerDepth, joinHeaderRows } from "./headerRows";
import { parseRange, type CellRange } from "./parseRange";
import type { WorkbookLike, WorksheetLike } from "./workbookShape";

/**
 * How many cells merged ranges may fill, per cell the sheet holds: far more than any real sheet
 * fills, while a small file merging a million cells it does not hold stays small.
 */
const FILL_PER_CELL = 64;
/** Cells any sheet's merged ranges may fill, however few cells it holds. */
const FILL_MIN = 10_000;

/**
 * The sheet's rows that hold text (or that a merged range fills), by row number, each as long as
 * its last cell, merged ranges filled with their master's text. Only the cells the sheet holds are
 * read, so the time and memory follow the file, not the size the sheet claims. Once merged ranges
 * have filled 64 cells per cell held (and at least 10,000), a further range keeps its text in its
 * first cell only.
 */
function sheetGrid(sheet: WorksheetLike, merges: readonly CellRange[]): Map<number, string[]> {
  const grid = new Map<number, string[]>();
  let held = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      held++;
      const text = cleanCellText(cellText(cell));
      // Columns the row does not hold read as empty.
      paddedTo(cells, c - 1)[c - 1] = text;
    });
    grid.set(r, cells);
  });
  // Some writers leave the covered cells of a merge empty instead of pointing at the master.
  const last = sheet.rowCount;
  const width = sheet.columnCount;
  let budget = FILL_MIN + FILL_PER_CELL * held;
  for (const m of merges) {
    const text = grid.get(m.top)?.[m.left - 1] ?? "";
    const bottom = Math.min(m.bottom, last);
    const right = Math.min(m.right, width);
    const area = Math.max(0, bottom - m.top + 1) * Math.max(0, right - m.left + 1);
    // An empty master fills nothing a reader would see.
    if (text === "" || area > budget) continue;
    budget -= area;
    for (let r = m.top; r <= bottom; r++) {
      let cells = grid.get(r);
      if (!cells) grid.set(r, (cells = []));
      paddedTo(cells, m.left - 1);
      for (let c = m.left; c <= right; c++) cells[c - 1] = text;
    }
  }
  return grid;
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
 *
 * @param sheet - an exceljs Worksheet (see {@link WorksheetLike})
 */
export function worksheetRows(sheet: WorksheetLike): string[][] {
  const merges = (sheet.model.merges ?? []).map(parseRange).filter((m): m is CellRange => m !== null);
  const grid = sheetGrid(sheet, merges);
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
        rows.push(paddedTo(joinHeaderRows(block, depth), sheet.columnCount));
        while (k + 1 < numbers.length && (numbers[k + 1] as number) < r + depth) k++;
      } else rows.push(row);
      continue;
    }
    if (row.every((c) => c === "")) continue;
    rows.push(row);
  }
  return rows;
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
 */
export function workbookRows(workbook: WorkbookLike): string[][] {
  return workbook.worksheets.flatMap((sheet) => worksheetRows(sheet));
}
