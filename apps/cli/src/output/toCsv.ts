import { cellToString, type Table } from "./Table";

/**
 * Writes a table as RFC 4180 CSV, line by line: CRLF line ends, fields with a comma, quote, CR or
 * LF quoted and their quotes doubled. A UTF-8 byte order mark starts the first line when `bom`
 * is set, because Excel opens BOM-less CSV in the system code page and garbles Chinese. Lines,
 * not one string: the CSV of a large report's tasks runs to hundreds of MB, which the output
 * writes in blocks.
 *
 * @example
 * ```ts
 * [...csvLines({ name: "t", columns: ["a", "b"], rows: [["x,y", 1]] }, { bom: false })].join("");
 * //=> 'a,b\r\n"x,y",1\r\n'
 * [...csvLines({ name: "t", columns: ["a"], rows: [["x"]] }, { bom: true })];
 * //=> ["\uFEFFa\r\n", "x\r\n"]
 * ```
 */
export function* csvLines(table: Table, options: { readonly bom: boolean }): Generator<string> {
  yield `${options.bom ? "\uFEFF" : ""}${table.columns.map(csvField).join(",")}\r\n`;
  for (const r of table.rows) yield `${r.map((v) => csvField(cellToString(v))).join(",")}\r\n`;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
