import { PassThrough } from "node:stream";
import type { Table } from "./Table";

/** Excel forbids these in sheet names and caps them at 31 characters. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet";
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 28)} ${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Writes tables into one workbook, one sheet per table, the header row bold and frozen, columns
 * sized to their content (capped, long text wraps). Rows are streamed into the zip as they are
 * added: a workbook built whole in memory took about 70 times the input, and ran a large parse
 * out of the heap the CLI bounds it to.
 *
 * @returns the .xlsx file's bytes
 */
export async function toXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  // exceljs takes half a second to load: only a run that writes a workbook loads it.
  const { default: ExcelJS } = await import("exceljs");
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = "minsheng";
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    // A streamed sheet writes its columns before its rows, and each cell takes its column's style.
    sheet.columns = table.columns.map((c, i) => {
      const longest = table.rows
        .slice(0, 200)
        .reduce((n, r) => Math.max(n, String(r[i] ?? "").length), c.length);
      return {
        // CJK characters are about two columns wide; cap so a narrative cell does not make a 500-wide column.
        width: Math.min(60, Math.max(6, longest * 1.6)),
        ...(longest > 40 ? { style: { alignment: { wrapText: true, vertical: "top" } } } : {}),
      };
    });
    const header = sheet.addRow([...table.columns]);
    header.font = { bold: true };
    header.commit();
    for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? null : v))).commit();
    sheet.commit();
  }
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
