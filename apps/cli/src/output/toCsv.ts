import { cellToString, type Table } from "./Table";

/**
 * Writes a table as RFC 4180 CSV: CRLF line ends, fields with a comma, quote, CR or LF quoted and
 * their quotes doubled. A UTF-8 byte order mark is prepended by default because Excel opens
 * BOM-less CSV in the system code page and garbles Chinese.
 *
 * @example
 * ```ts
 * toCsv({ name: "t", columns: ["a", "b"], rows: [["x,y", 1]] }, { bom: false });
 * //=> 'a,b\r\n"x,y",1\r\n'
 * ```
 */
export function toCsv(table: Table, options: { readonly bom: boolean }): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    table.columns.map(field).join(","),
    ...table.rows.map((r) => r.map((v) => field(cellToString(v))).join(",")),
  ];
  return (options.bom ? "\uFEFF" : "") + lines.map((l) => `${l}\r\n`).join("");
}
