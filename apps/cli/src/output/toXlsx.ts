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
 * sized to their content (capped, long text wraps).
 *
 * @returns the .xlsx file's bytes
 */
export async function toXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  // exceljs takes half a second to load: only a run that writes a workbook loads it.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "minsheng";
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, used), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.addRow([...table.columns]).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? null : v)));
    table.columns.forEach((c, i) => {
      const longest = Math.max(c.length, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? "").length));
      const col = sheet.getColumn(i + 1);
      // CJK characters are about two columns wide; cap so a narrative cell does not make a 500-wide column.
      col.width = Math.min(60, Math.max(6, longest * 1.6));
      if (longest > 40) col.alignment = { wrapText: true, vertical: "top" };
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
