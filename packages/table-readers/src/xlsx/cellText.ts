import type { CellLike } from "./workbookShape";

const pad2 = (n: number) => String(n).padStart(2, "0");
// exceljs reads date cells as UTC midnights: the UTC fields are the date the sheet shows.
const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;

/** A cell's value as the text a reader sees: dates as YYYY-MM-DD, rich text joined, formulas by result. */
export function cellText(cell: CellLike): string {
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

/** A cell's text tidied: line endings unified, spaces and tabs collapsed per line, blank lines dropped. */
export const cleanCellText = (s: string): string =>
  s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
