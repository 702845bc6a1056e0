// Writes a seed as the Word document and the workbook it could have been exported from, so the
// tests can drop .docx and .xlsx files on the page (the approach of apps/cli's format tests:
// paragraphs stay paragraphs, tab-separated rows become table rows, a cell's <p>s its paragraphs).
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

/** A paragraph outside tables, or a table: rows of cells of paragraphs. */
export type Block =
  { readonly kind: "p"; readonly text: string } | { readonly kind: "table"; readonly rows: string[][][] };

const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, " ").trim();

function decodeEntities(s: string): string {
  return s
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** A cell's paragraphs: its HTML paragraphs when it holds markup (scraped seeds do), else the cell. */
function cellParagraphs(cell: string): string[] {
  const text = /<\/?(?:p|ol|ul|li|br|div)\b/i.test(cell)
    ? decodeEntities(
        cell.replace(/<br\s*\/?>|<\/p>|<\/li>|<li\b[^>]*>|<p\b[^>]*>/gi, "\n").replace(/<[^<>]*>/g, ""),
      )
    : cell;
  return text.split("\n").map(collapse).filter(Boolean);
}

/**
 * Blocks of a seed whose tables are tab-separated rows (one line per row, a blank line between
 * tables) and whose other lines are paragraphs — the shape of seeds 000 and 004.
 */
export function seedBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let table: string[][][] | null = null;
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    if (line.includes("\t")) {
      if (!table) blocks.push({ kind: "table", rows: (table = []) });
      table.push(line.split("\t").map(cellParagraphs));
      continue;
    }
    table = null;
    const p = collapse(line);
    if (p) blocks.push({ kind: "p", text: p });
  }
  return blocks;
}

/** The rows a reader gives back: one-cell rows for paragraphs, a cell's paragraphs joined by newlines. */
export function blockRows(blocks: readonly Block[]): string[][] {
  return blocks.flatMap((b) =>
    b.kind === "p" ? [[b.text]] : b.rows.map((r) => r.map((ps) => ps.join("\n"))),
  );
}

/** The same rows as a spreadsheet reader gives them back: trailing empty cells and empty rows dropped. */
export function sheetRows(blocks: readonly Block[]): string[][] {
  return blockRows(blocks)
    .map((r) => {
      const out = [...r];
      while (out.length > 1 && out[out.length - 1] === "") out.pop();
      return out;
    })
    .filter((r) => r.some((c) => c !== ""));
}

export async function toDocx(blocks: readonly Block[]): Promise<Buffer> {
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
  return Packer.toBuffer(new DocxDocument({ sections: [{ children }] }));
}

export async function toXlsx(blocks: readonly Block[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("seed");
  for (const b of blocks) {
    if (b.kind === "p") sheet.addRow([b.text]);
    else for (const r of b.rows) sheet.addRow(r.map((ps) => ps.join("\n")));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
