import { load } from "cheerio/slim";
import { InputError } from "../cli/exitCodes";

/** Table-shaped content: one row per table row, paragraphs outside tables as one-cell rows. */
export interface Rows {
  readonly rows: string[][];
  /** What the content was decoded from, for `source.encoding` (`html (gb18030)`). */
  readonly encoding: string;
}

// The parts of domhandler's node shape this reader touches (domhandler is cheerio's, not ours).
interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Record<string, string>;
  readonly children?: DomNode[];
}

const SKIP = new Set(["script", "style", "head", "title", "noscript", "template", "svg", "object", "iframe"]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre", "address",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "hr", "form", "fieldset", "figure",
  "figcaption", "center", "body", "html", "caption",
]);
const MAX_SPAN = 1000; // a colspan of 1e9 in a hostile page must not allocate a billion cells

/** Whitespace as the browser renders it: runs (NBSP and the ideographic space kept apart) become one space. */
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, " ");

/** Reads the charset a page declares in its first bytes (`<meta charset>` or `http-equiv`). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const m = /<meta[^>]{0,300}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    // gb2312 and gbk pages routinely use characters only GB18030 defines; decode with the superset.
    const l = /^(?:gb2312|gbk|x-gbk|gb_2312-80|euc-cn)$/i.test(label) ? "gb18030" : label;
    return new TextDecoder(l);
  } catch {
    return null;
  }
}

/**
 * Decodes an HTML page: a BOM wins, then the declared `<meta>` charset, then UTF-8 if the bytes are
 * valid UTF-8, else GB18030 (the encoding of Chinese government pages that declare nothing).
 */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: new TextDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  const declared = declaredCharset(bytes);
  const decoder = declared ? decoderFor(declared) : null;
  if (decoder) return { html: decoder.decode(bytes), encoding: decoder.encoding };
  try {
    return { html: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { html: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

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

function collectText(node: DomNode, out: LineCollector): void {
  if (node.type === "text") return out.text(node.data ?? "");
  if (node.type !== "tag" && node.type !== "root") return;
  const name = node.name ?? "";
  if (SKIP.has(name)) return;
  if (name === "br") return out.flush();
  const block = BLOCK.has(name) || name === "table" || name === "tr";
  if (block) out.flush();
  // Cells of a table nested in a cell are read as text, separated by a space.
  for (const child of node.children ?? []) {
    collectText(child, out);
    if (child.type === "tag" && (child.name === "td" || child.name === "th")) out.text(" ");
  }
  if (block) out.flush();
}

/** The text of a table cell: its paragraphs and line breaks as `\n`, whitespace collapsed. */
function cellText(cell: DomNode): string {
  const lines: string[] = [];
  const out = new LineCollector((line) => lines.push(line));
  for (const child of cell.children ?? []) collectText(child, out);
  out.flush();
  return lines.join("\n");
}

function ownRows(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  const visit = (n: DomNode) => {
    for (const c of n.children ?? []) {
      if (c.type !== "tag") continue;
      if (c.name === "tr") rows.push(c);
      else if (c.name !== "table") visit(c); // thead, tbody, tfoot; nested tables are cell content
    }
  };
  visit(table);
  return rows;
}

const spanOf = (cell: DomNode, attr: string) => {
  const n = Number.parseInt(cell.attribs?.[attr] ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
};

/**
 * Reads a table into rows of cells, filling merged cells: a cell spanning columns or rows
 * repeats its text in every position it covers, so each row reads on its own.
 */
export function tableRows(table: DomNode): string[][] {
  const grid: string[][] = [];
  ownRows(table).forEach((tr, r) => {
    const row = (grid[r] ??= []);
    let col = 0;
    for (const cell of tr.children ?? []) {
      if (cell.type !== "tag" || (cell.name !== "td" && cell.name !== "th")) continue;
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
  const count = ownRows(table).length;
  return grid.slice(0, count).map((row) => Array.from(row, (c) => c ?? ""));
}

function walkBlocks(node: DomNode, out: LineCollector, rows: string[][]): void {
  if (node.type === "text") return out.text(node.data ?? "");
  if (node.type !== "tag" && node.type !== "root") return;
  const name = node.name ?? "";
  if (SKIP.has(name)) return;
  if (name === "br") return out.flush();
  if (name === "table") {
    out.flush();
    for (const row of tableRows(node)) if (row.some((c) => c !== "")) rows.push(row);
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.flush();
  for (const child of node.children ?? []) walkBlocks(child, out, rows);
  if (block) out.flush();
}

/**
 * Reads an HTML string into rows in document order: each table row as its cells (merged cells
 * filled), each paragraph outside tables as a one-cell row. Scripts, styles and the head are skipped.
 *
 * @example
 * ```ts
 * htmlToRows("<p>标题</p><table><tr><td>1</td><td>任务</td></tr></table>");
 * //=> [["标题"], ["1", "任务"]]
 * ```
 */
export function htmlToRows(html: string): string[][] {
  const $ = load(html);
  const rows: string[][] = [];
  const out = new LineCollector((line) => rows.push([line]));
  walkBlocks($.root()[0] as unknown as DomNode, out, rows);
  out.flush();
  return rows;
}

/**
 * Reads an `.html`/`.htm` file's bytes into rows (see {@link htmlToRows}), decoding its charset.
 *
 * @throws {@link InputError} when the page has no text at all
 */
export function readHtml(bytes: Uint8Array, path: string): Rows {
  if (bytes.length === 0) throw new InputError(path, "empty file");
  const { html, encoding } = decodeHtml(bytes);
  const rows = htmlToRows(html);
  if (rows.length === 0) throw new InputError(path, "no text in this HTML page");
  return { rows, encoding: encoding === "utf-8" ? "html" : `html (${encoding})` };
}
