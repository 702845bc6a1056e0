// Excel .xlsx → rows, as the CLI reads it (apps/cli's readers/xlsx.ts): sheet after sheet, merged
// cells filled with their master's text, a multi-row header joined into one row, empty rows
// skipped, single-cell rows (titles, notes) kept as one-cell rows. exceljs (its browser bundle,
// the package's `browser` entry) is loaded on the first .xlsx only, so the page people open stays small.
import type ExcelJS from "exceljs";
import { firstLine } from "./docx";

interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** Reads `B2:D3` into 1-based bounds. */
export function parseRange(range: string): Merge | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(range);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  return { left: columnNumber(m[1]), top: Number(m[2]), right: columnNumber(m[3]), bottom: Number(m[4]) };
}

const pad2 = (n: number) => String(n).padStart(2, "0");
const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;

/** A cell's value as the text a reader sees: dates as YYYY-MM-DD, rich text joined, formulas by result. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v instanceof Date) return isoDate(v);
  if (v && typeof v === "object" && "result" in v) {
    const r = v.result;
    if (r instanceof Date) return isoDate(r);
    return r == null || typeof r === "object" ? "" : String(r);
  }
  try {
    return cell.text ?? "";
  } catch {
    return "";
  }
}

const clean = (s: string) =>
  s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");

/** Joins a multi-row header into one row: the distinct texts top to bottom per column, with `/`. */
export function joinHeaderRows(rows: readonly string[][], depth: number): string[] {
  const width = Math.max(...rows.slice(0, depth).map((r) => r.length));
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const row of rows.slice(0, depth)) {
      const t = row[c] ?? "";
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    return parts.join("/");
  });
}

/** How many rows the header starting at `top` spans, judged from the merges that start in it. */
function headerDepth(top: number, merges: readonly Merge[], lastRow: number): number {
  let depth = 1;
  for (const m of merges) {
    if (m.top !== top) continue;
    depth = Math.max(depth, m.bottom - m.top + 1);
    // A group title merged across columns has its sub-titles in the row below.
    if (m.right > m.left && m.bottom === m.top) depth = Math.max(depth, 2);
  }
  return Math.min(depth, Math.max(1, lastRow - top + 1));
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const merges = (sheet.model.merges ?? []).map(parseRange).filter((m): m is Merge => m !== null);
  const grid: string[][] = [];
  const last = sheet.rowCount;
  const width = sheet.columnCount;
  for (let r = 1; r <= last; r++) {
    const row: string[] = [];
    for (let c = 1; c <= width; c++) row.push(clean(cellText(sheet.getCell(r, c))));
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
  // Trailing empty cells go; a row whose cells all say the same (a title merged across the sheet)
  // is one cell, so it reads as the paragraph it is.
  const tidy = grid.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === "") end--;
    const cells = row.slice(0, end);
    const filled = cells.filter(Boolean);
    const distinct = new Set(filled);
    return distinct.size === 1 && filled.length > 1 ? [...distinct] : cells;
  });
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

/** Reads a workbook into rows. Throws when the file is not a readable .xlsx or holds no text. */
export async function xlsxToRows(bytes: Uint8Array): Promise<string[][]> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    await workbook.xlsx.load(buffer);
  } catch (error) {
    throw new Error(`不是可读取的 Excel .xlsx 文件（${firstLine(error)}）`);
  }
  const rows = workbook.worksheets.flatMap(sheetRows);
  if (rows.length === 0) throw new Error("Excel 文件中没有文字");
  return rows;
}
