import { cellText, cleanCellText } from "./cellText";
import { headerDepth, joinHeaderRows } from "./headerRows";
import { parseRange, type CellRange } from "./parseRange";
import type { WorkbookLike, WorksheetLike } from "./workbookShape";

/** The sheet's used area as text, row by row, merged ranges filled with their master's text. */
function sheetGrid(
  sheet: WorksheetLike,
  merges: readonly CellRange[],
  last: number,
  width: number,
): string[][] {
  const grid: string[][] = [];
  for (let r = 1; r <= last; r++) {
    const row: string[] = [];
    for (let c = 1; c <= width; c++) row.push(cleanCellText(cellText(sheet.getCell(r, c))));
    grid.push(row);
  }
  // Some writers leave the covered cells of a merge empty instead of pointing at the master.
  for (const m of merges) {
    const text = grid[m.top - 1]?.[m.left - 1] ?? "";
    for (let r = m.top; r <= Math.min(m.bottom, last); r++)
      for (let c = m.left; c <= Math.min(m.right, width); c++) {
        const row = grid[r - 1];
        if (row) row[c - 1] = text;
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
  // Read once, before any getCell: exceljs creates rows on access, so the counts are taken first.
  const last = sheet.rowCount;
  const grid = sheetGrid(sheet, merges, last, sheet.columnCount);
  const tidy = grid.map(tidyRow);
  const rows: string[][] = [];
  const headerIndex = tidy.findIndex((r) => r.filter(Boolean).length >= 2);
  for (let i = 0; i < tidy.length; i++) {
    const row = tidy[i] ?? [];
    if (i === headerIndex) {
      const depth = headerDepth(i + 1, merges, last);
      rows.push(depth > 1 ? joinHeaderRows(grid.slice(i), depth) : row);
      i += depth - 1;
      continue;
    }
    if (row.every((c) => c === "")) continue;
    rows.push(row);
  }
  return rows;
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
