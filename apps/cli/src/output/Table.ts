/** A value of a table cell; null is an empty cell. */
export type CellValue = string | number | boolean | null;

/** A named table: what csv, xlsx, Markdown and the terminal render. */
export interface Table {
  /** Sheet name in xlsx, heading in Markdown. */
  readonly name: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** A cell as text: numbers as written by JavaScript, null and false-y gaps as "". */
export function cellToString(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return String(v);
}
