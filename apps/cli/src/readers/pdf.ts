import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { firstLine } from "@minsheng/table-readers";
import { InputError } from "../cli/exitCodes";
import { pdfStreamsTooLarge } from "./pdfStreams";
import type { Rows } from "./rows";

/** A run of text on a page, in PDF user space (y grows upwards). */
export interface TextPiece {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

interface Line {
  readonly y: number;
  readonly pieces: TextPiece[];
}

interface Cell {
  x: number;
  right: number;
  text: string;
}

// pdfjs-dist ships the CJK CMaps and standard fonts as files; point it at them so nothing is fetched.
function pdfjsAssets(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  return { cMapUrl: join(root, "cmaps") + "/", standardFontDataUrl: join(root, "standard_fonts") + "/" };
}

/** Groups pieces into lines: pieces whose baselines differ by less than a third of their size. */
export function groupLines(pieces: readonly TextPiece[]): Line[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; size: number; pieces: TextPiece[] }[] = [];
  for (const p of sorted) {
    const line = lines.find((l) => Math.abs(l.y - p.y) < Math.max(2, Math.min(l.size, p.size) / 3));
    if (line) line.pieces.push(p);
    else lines.push({ y: p.y, size: p.size, pieces: [p] });
  }
  for (const l of lines) l.pieces.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/u;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/**
 * Joins the text of two lines: a paragraph break when the first line stopped short of the edge
 * it could have run to, else a wrap, which CJK joins without a space and Latin words with one.
 */
function joinLines(a: string, b: string, brokeShort: boolean): string {
  if (!a) return b;
  if (brokeShort) return `${a}\n${b}`;
  return CJK_END.test(a) || CJK_START.test(b) ? a + b : `${a} ${b}`;
}

/**
 * Splits a line into cells where the gap between pieces is wider than a cell padding. Narrow
 * whitespace pieces are spaces of the text; wide ones are the gaps pdfjs fills between runs.
 */
export function splitCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  for (const p of line.pieces) {
    const last = cells[cells.length - 1];
    if (p.str.trim() === "") {
      if (last && p.width < p.size * 0.6 && p.x - last.right < p.size * 0.4) last.text += " ";
      continue;
    }
    const gap = last ? p.x - last.right : Infinity;
    if (last && gap < Math.max(3, p.size * 0.4)) {
      last.text += p.str;
      last.right = Math.max(last.right, p.x + p.width);
    } else cells.push({ x: p.x, right: p.x + p.width, text: p.str });
  }
  return cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, " ").trim() })).filter((c) => c.text !== "");
}

interface Fragment {
  readonly text: string;
  readonly right: number;
  readonly size: number;
}

interface TableState {
  readonly columns: number[];
  /** Furthest right any line of each column reaches: the width its text wraps at. */
  readonly maxRight: number[];
}

interface OpenRow {
  readonly table: TableState;
  readonly cells: Fragment[][];
}

/** About how wide the first unbreakable piece of a line is: one CJK character (two when
 * punctuation may not start a line), or a Latin word at roughly half an em per character. */
function firstTokenWidth(text: string, size: number): number {
  if (CJK_START.test(text)) return /^.[，。、；：！？）」』”’》]/u.test(text) ? 2 * size : size;
  const word = /^[^\s\u3001-\u303f\u3400-\u9fff\uff00-\uffef]+/u.exec(text)?.[0] ?? "";
  return Math.max(1, word.length) * size * 0.55;
}

/** A line was wrapped when the next line's first piece would not have fitted after it; else the paragraph ended. */
const stopsShort = (prev: Fragment, next: Fragment, edge: number) =>
  prev.right + firstTokenWidth(next.text, next.size) < edge - prev.size * 0.3;

function joinFragments(fragments: readonly Fragment[], edge: number): string {
  let text = "";
  fragments.forEach((f, i) => {
    const prev = fragments[i - 1];
    text = prev ? joinLines(text, f.text, stopsShort(prev, f, edge)) : f.text;
  });
  return text;
}

/**
 * Rebuilds rows from the lines of a text layer. A line of two or more cells starts a table row;
 * following lines that leave the first column empty continue that row (a wrapped cell), each
 * fragment going to the column it starts under. Outside tables, a line that runs to the right
 * margin continues into the next one (a wrapped paragraph). A line that stops well short of where
 * its column's (or the page's) lines wrap ends a paragraph, inside a cell too (区教委 / 区卫生健康委).
 */
export function linesToRows(pages: readonly (readonly Line[])[]): string[][] {
  const out: (string[] | OpenRow)[] = [];
  let table: TableState | null = null;
  let row: OpenRow | null = null;
  let paragraph: { fragments: Fragment[]; edge: number } | null = null;
  const closeParagraph = () => {
    if (paragraph) out.push([joinFragments(paragraph.fragments, paragraph.edge)]);
    paragraph = null;
  };
  for (const lines of pages) {
    // Folded, not spread into Math.max: a dense page holds more pieces than a call takes arguments.
    let pageRight = -Infinity;
    for (const l of lines) for (const p of l.pieces) pageRight = Math.max(pageRight, p.x + p.width);
    for (const line of lines) {
      const cells = splitCells(line);
      const first = cells[0];
      if (!first) continue;
      const size = line.pieces.reduce((m, p) => Math.max(m, p.size), -Infinity);
      const tol = Math.max(2, size * 0.5);
      const put = (r: OpenRow, cell: Cell) => {
        let col = 0;
        r.table.columns.forEach((cx, i) => {
          if (cx <= cell.x + tol) col = i;
        });
        (r.cells[col] ??= []).push({ text: cell.text, right: cell.right, size });
        r.table.maxRight[col] = Math.max(r.table.maxRight[col] ?? 0, cell.right);
      };
      const firstColumn = table?.columns[0];
      if (table && row && firstColumn !== undefined && first.x > firstColumn + tol) {
        for (const cell of cells) put(row, cell);
        continue;
      }
      if (cells.length >= 2) {
        closeParagraph();
        const current = table as TableState | null;
        const same =
          current !== null && cells.every((c) => current.columns.some((x) => Math.abs(x - c.x) <= tol));
        if (!same || !current) table = { columns: cells.map((c) => c.x), maxRight: cells.map(() => 0) };
        row = { table: table as TableState, cells: [] };
        for (const cell of cells) put(row, cell);
        out.push(row);
        continue;
      }
      table = null;
      row = null;
      const fragment = { text: first.text, right: first.right, size };
      const open = paragraph as { fragments: Fragment[]; edge: number } | null;
      const previous = open?.fragments[open.fragments.length - 1];
      if (open && previous && !stopsShort(previous, fragment, open.edge)) open.fragments.push(fragment);
      else {
        closeParagraph();
        paragraph = { fragments: [fragment], edge: pageRight };
      }
    }
  }
  closeParagraph();
  return out.map((r) =>
    Array.isArray(r)
      ? r
      : r.table.columns.map((_, col) => joinFragments(r.cells[col] ?? [], r.table.maxRight[col] ?? 0)),
  );
}

/** True for characters that mean the font had no usable Unicode mapping. */
const isGarbage = (c: string) =>
  c === "\ufffd" || (c >= "\ue000" && c <= "\uf8ff") || (c < " " && c !== "\t" && c !== "\n");

/**
 * Says why a PDF's extracted text cannot be used: none at all (a scan), or mostly replacement
 * and private-use characters (GBK fonts without a ToUnicode map).
 *
 * @returns the reason, or null when the text is usable
 */
export function textLayerProblem(text: string): string | null {
  let chars = 0;
  let garbage = 0;
  for (const c of text) {
    if (c.trim() === "") continue;
    chars++;
    if (isGarbage(c)) garbage++;
  }
  if (chars === 0) return "PDF has no text layer (a scan?); run OCR on it first";
  if (garbage / chars > 0.2)
    return `PDF text is unreadable (${Math.round((100 * garbage) / chars)}% replacement characters: fonts without a Unicode map); run OCR on it first`;
  return null;
}

/**
 * The most pages a PDF may have. pdfjs finds each page by walking the page tree from its start, so
 * a flat tree of n pages takes time growing with n²: 20,000 empty pages (2 MB) took 266 s.
 * A report of this kind runs to tens of pages.
 */
export const MAX_PDF_PAGES = 2000;

// pdfjs-dist is patched (patches/) to refuse a stream whose decoded bytes pass 256 MB, whatever
// filters or encryption lie before them: pdfStreamsTooLarge measures only plain Flate and LZW
// streams, and pdfjs holds a decoded stream in one buffer.
const DECODED_STREAM_CAP = /^a decoded stream exceeds (\d+) bytes$/;

/**
 * Reads a PDF's text layer (pdfjs-dist, CJK CMaps loaded from disk) into rows rebuilt from the
 * positions of its text (see {@link linesToRows}). A PDF with no text layer (a scan) or whose text
 * decodes to replacement characters (fonts without a ToUnicode map) is refused with a clear
 * reason rather than parsed into garbage.
 *
 * @throws {@link InputError} when the PDF cannot be opened, has more than {@link MAX_PDF_PAGES}
 *   pages, streams that inflate to more than fits in memory (see {@link pdfStreamsTooLarge}; pdfjs
 *   itself refuses a stream decoded past 256 MB), or no readable text
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<Rows> {
  if (bytes.length === 0) throw new InputError(path, "empty file");
  const tooLarge = pdfStreamsTooLarge(bytes);
  if (tooLarge) throw new InputError(path, `not read: ${tooLarge}`);
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of (detaches) the buffer it is given
    ...pdfjsAssets(),
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0, // pdfjs reports warnings with console.log, which would pollute stdout
  });
  const pages: Line[][] = [];
  let text = "";
  let tooMany = 0;
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES) tooMany = doc.numPages;
    for (let n = 1; n <= doc.numPages && !tooMany; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        text += item.str;
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        pieces.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 });
      }
      pages.push(groupLines(pieces));
      page.cleanup();
    }
    await doc.destroy();
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const cap = DECODED_STREAM_CAP.exec(firstLine(error));
    if (cap) throw new InputError(path, `not read: a stream decodes to more than ${cap[1]} bytes`);
    throw new InputError(path, `not a readable PDF (${firstLine(error)})`);
  }
  if (tooMany) throw new InputError(path, `not read: ${tooMany} pages, more than ${MAX_PDF_PAGES} are read`);
  const problem = textLayerProblem(text);
  if (problem) throw new InputError(path, problem);
  const rows = linesToRows(pages);
  return { rows, encoding: "pdf" };
}
