// Writers for the format tests' inputs: the same seed blocks as an HTML page, a Word document and a workbook.
import {
  AlignmentType,
  Document as DocxDocument,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from "docx";
import ExcelJS from "exceljs";
import type { SeedBlock } from "./seedBlocks";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An HTML page: paragraphs as <p>, tables with a <p> per cell paragraph. */
export function toHtml(blocks: readonly SeedBlock[], charset = "utf-8"): string {
  const body = blocks
    .map((b) =>
      b.kind === "p"
        ? `<p>${escapeHtml(b.text)}</p>`
        : `<table border="1">\n${b.rows
            .map(
              (r) =>
                `  <tr>${r.map((ps) => `<td>${ps.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</td>`).join("")}</tr>`,
            )
            .join("\n")}\n</table>`,
    )
    .join("\n");
  return `<!DOCTYPE html>\n<html><head><meta charset="${charset}"><title>seed</title><style>td{vertical-align:top}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

/** A .docx: paragraphs, and tables at full width with a Word paragraph per cell paragraph. */
export async function toDocx(blocks: readonly SeedBlock[]): Promise<Uint8Array> {
  const children = blocks.map((b) =>
    b.kind === "p"
      ? new Paragraph({ text: b.text, alignment: AlignmentType.LEFT })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r) =>
              new TableRow({
                children: r.map(
                  (ps) =>
                    new TableCell({
                      children: ps.length ? ps.map((p) => new Paragraph(p)) : [new Paragraph("")],
                    }),
                ),
              }),
          ),
        }),
  );
  return new Uint8Array(await Packer.toBuffer(new DocxDocument({ sections: [{ children }] })));
}

/** An .xlsx: one sheet, paragraphs in column A, table rows as rows, cell paragraphs joined by newlines. */
export async function toXlsx(blocks: readonly SeedBlock[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("seed");
  for (const b of blocks) {
    if (b.kind === "p") sheet.addRow([b.text]);
    else for (const r of b.rows) sheet.addRow(r.map((ps) => ps.join("\n")));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
