// Writers for the test inputs: the same blocks as an HTML page, a Word document and a workbook.
import { AlignmentType, Document as DocxDocument, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
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
            .map((r) => `  <tr>${r.map((ps) => `<td>${ps.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</td>`).join("")}</tr>`)
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
                children: r.map((ps) => new TableCell({ children: ps.length ? ps.map((p) => new Paragraph(p)) : [new Paragraph("")] })),
              }),
          ),
        }),
  );
  return new Uint8Array(await Packer.toBuffer(new DocxDocument({ sections: [{ children }] })));
}

/** An .xlsx: one sheet, paragraphs in column A, table rows as rows, cell paragraphs joined by newlines. */
export async function toXlsxWorkbook(blocks: readonly SeedBlock[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("seed");
  for (const b of blocks) {
    if (b.kind === "p") sheet.addRow([b.text]);
    else for (const r of b.rows) sheet.addRow(r.map((ps) => ps.join("\n")));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Encodes text as GBK (two-byte GB18030), from the inverse of the platform's decoder. */
export function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gbk");
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch} U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
