// Turns a seed .txt into the structure it was exported from (paragraphs and tables whose cells
// hold paragraphs), so the CLI's and the dashboard's tests can write the same content as html,
// docx and xlsx (writeDocuments.ts) and know the rows their readers must give back.
//
// Seeds come in three shapes: tab-separated rows (one line per table row, cells sometimes still
// holding the HTML they were scraped from), one cell per line (each cell line starts with a tab,
// a cell's second paragraph does not, rows separated by blank lines), and plain paragraphs.

/** A paragraph outside tables, or a table: rows of cells of paragraphs. */
export type SeedBlock =
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

/** A cell's paragraphs: its HTML paragraphs and list items when it holds markup, else the cell. */
export function cellParagraphs(cell: string): string[] {
  const text = /<\/?(?:p|ol|ul|li|br|div)\b/i.test(cell)
    ? decodeEntities(
        cell.replace(/<br\s*\/?>|<\/p>|<\/li>|<li\b[^>]*>|<p\b[^>]*>/gi, "\n").replace(/<[^<>]*>/g, ""),
      )
    : cell;
  return text.split("\n").map(collapse).filter(Boolean);
}

/** Reads a seed's text into blocks (see the file comment for the shapes). */
export function seedBlocks(text: string): SeedBlock[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const blocks: SeedBlock[] = [];
  let table: string[][][] | null = null;
  const endTable = () => {
    if (table?.length) blocks.push({ kind: "table", rows: table });
    table = null;
  };
  const addRow = (cells: string[][]) => {
    table ??= [];
    table.push(cells);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      // Rows of tab-separated tables break at blank lines (a new table); one-cell-per-line records do not.
      if (!lines[i + 1]?.startsWith("\t")) endTable();
      continue;
    }
    if (line.startsWith("\t")) {
      const cells: string[][] = [];
      for (; i < lines.length && (lines[i] ?? "").trim() !== ""; i++) {
        const l = lines[i] ?? "";
        if (l.startsWith("\t")) for (const part of l.split("\t").slice(1)) cells.push(cellParagraphs(part));
        else cells[cells.length - 1]?.push(...cellParagraphs(l));
      }
      if (cells.length === 1) {
        endTable();
        for (const p of cells[0] ?? []) blocks.push({ kind: "p", text: p });
      } else addRow(cells);
      continue;
    }
    if (line.includes("\t")) {
      addRow(line.split("\t").map(cellParagraphs));
      continue;
    }
    endTable();
    const p = collapse(line);
    if (p) blocks.push({ kind: "p", text: p });
  }
  endTable();
  return blocks;
}

/** The rows a reader should give back for blocks: one-cell rows for paragraphs, cells' paragraphs joined by newlines. */
export function expectedRows(blocks: readonly SeedBlock[]): string[][] {
  return blocks.flatMap((b) =>
    b.kind === "p" ? [[b.text]] : b.rows.map((r) => r.map((ps) => ps.join("\n"))),
  );
}

/** The same rows as a spreadsheet reader gives them back: trailing empty cells and empty rows dropped. */
export function expectedSheetRows(blocks: readonly SeedBlock[]): string[][] {
  return expectedRows(blocks)
    .map((r) => {
      const out = [...r];
      while (out.length > 1 && out[out.length - 1] === "") out.pop();
      return out;
    })
    .filter((r) => r.some((c) => c !== ""));
}
