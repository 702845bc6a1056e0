// HTML documents → table rows for `parseRows`, read the way the CLI reads them (apps/cli's
// readers/html.ts), so a page dropped here parses to the same tasks as `minsheng parse page.html`.
// Runs on DOMParser, which builds an inert document: scripts do not run and images do not load,
// so hostile pages are only read, never rendered.

/** `gb2312`/`gbk` pages routinely use characters only GB18030 defines; decode with the superset. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(/^(?:gb2312|gbk|x-gbk|gb_2312-80|euc-cn)$/i.test(label) ? "gb18030" : label);
  } catch {
    return null; // an unknown label: fall through to detection
  }
}

/** Decodes HTML bytes: BOM, then `<meta charset>`, then strict UTF-8, then GB18030 (common on gov sites). */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]{0,300}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(head)?.[1];
  const decoder = declared ? decoderFor(declared) : null;
  if (decoder) return decoder.decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

const SKIP = new Set(["script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe"]);
const BLOCK = new Set(
  (
    "p div section article main header footer aside nav blockquote pre address h1 h2 h3 h4 h5 h6 ul ol li " +
    "dl dt dd hr form fieldset figure figcaption center body html caption"
  ).split(" "),
);
/** A colspan of 1e9 in a hostile page must not allocate a billion cells. */
const MAX_SPAN = 1000;

/** Whitespace as the browser renders it: runs (NBSP and the ideographic space kept apart) become one space. */
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, " ");

/** Collects text in reading order, breaking lines at block elements and `<br>`. */
class LineCollector {
  private current = "";
  constructor(private readonly sink: (line: string) => void) {}
  text(s: string): void {
    this.current += s;
  }
  flush(): void {
    const line = collapse(this.current).trim();
    if (line) this.sink(line);
    this.current = "";
  }
}

const tagOf = (node: Node): string => (node instanceof Element ? node.localName : "");

function collectText(node: Node, out: LineCollector): void {
  if (node.nodeType === Node.TEXT_NODE) return out.text(node.nodeValue ?? "");
  if (!(node instanceof Element)) return;
  const name = node.localName;
  if (SKIP.has(name)) return;
  if (name === "br") return out.flush();
  const block = BLOCK.has(name) || name === "table" || name === "tr";
  if (block) out.flush();
  // Cells of a table nested in a cell are read as text, separated by a space.
  for (const child of Array.from(node.childNodes)) {
    collectText(child, out);
    if (tagOf(child) === "td" || tagOf(child) === "th") out.text(" ");
  }
  if (block) out.flush();
}

/** The text of a table cell: its paragraphs and line breaks as `\n`, whitespace collapsed. */
function cellText(cell: Element): string {
  const lines: string[] = [];
  const out = new LineCollector((line) => lines.push(line));
  for (const child of Array.from(cell.childNodes)) collectText(child, out);
  out.flush();
  return lines.join("\n");
}

/** The table's own rows (through thead/tbody/tfoot); nested tables are cell content. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (n: Element) => {
    for (const c of Array.from(n.children)) {
      if (c.localName === "tr") rows.push(c);
      else if (c.localName !== "table") visit(c);
    }
  };
  visit(table);
  return rows;
}

function spanOf(cell: Element, attr: string): number {
  const n = Number.parseInt(cell.getAttribute(attr) ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** One table's rows, with rowspan/colspan cells repeated into every slot they cover. */
export function tableRows(table: Element): string[][] {
  const trs = ownRows(table);
  const grid: string[][] = [];
  trs.forEach((tr, r) => {
    const row = (grid[r] ??= []);
    let col = 0;
    for (const cell of Array.from(tr.children)) {
      if (cell.localName !== "td" && cell.localName !== "th") continue;
      while (row[col] !== undefined) col++;
      const text = cellText(cell);
      const colspan = spanOf(cell, "colspan");
      const rowspan = spanOf(cell, "rowspan");
      for (let dr = 0; dr < rowspan; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) target[col + dc] = text;
      }
      col += colspan;
    }
  });
  // Holes left by ragged markup become empty cells; a row spanned into past the last <tr> is dropped.
  return grid.slice(0, trs.length).map((row) => Array.from(row, (c) => c ?? ""));
}

function walkBlocks(node: Node, out: LineCollector, rows: string[][]): void {
  if (node.nodeType === Node.TEXT_NODE) return out.text(node.nodeValue ?? "");
  if (!(node instanceof Element)) return;
  const name = node.localName;
  if (SKIP.has(name)) return;
  if (name === "br") return out.flush();
  if (name === "table") {
    out.flush();
    for (const row of tableRows(node)) if (row.some((c) => c !== "")) rows.push(row);
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.flush();
  for (const child of Array.from(node.childNodes)) walkBlocks(child, out, rows);
  if (block) out.flush();
}

/**
 * The page in reading order as rows: each table row as its cells (merged cells filled), each
 * paragraph outside tables as a one-cell row. Scripts, styles and the head are skipped.
 */
export function htmlToRows(html: string): string[][] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const rows: string[][] = [];
  const out = new LineCollector((line) => rows.push([line]));
  walkBlocks(doc.documentElement, out, rows);
  out.flush();
  return rows;
}
