// HTML pages → rows, on htmlparser2's parser and domhandler's tree (what cheerio's slim build
// reads with). What a page reads as (tables with merged cells filled, paragraphs as one-cell rows)
// is @minsheng/table-readers', shared with the dashboard's DOM reader; this module supplies
// domhandler's nodes to it, bounds how deep a page may nest, and turns failures into InputErrors.
import { decodeHtml, htmlTreeRows, type HtmlTree } from "@minsheng/table-readers";
import { DomHandler } from "domhandler";
import { Parser } from "htmlparser2";
import { InputError } from "../cli/exitCodes";
import type { Rows } from "./rows";

// The parts of domhandler's node shape this reader touches.
interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Record<string, string>;
  readonly children?: DomNode[];
}

/**
 * The deepest nesting of elements a page may have (browsers stop nesting at 512). htmlparser2's
 * Parser shifts and searches its stack of open elements at every tag, so its time grows with the
 * square of the depth: 200,000 nested `<div>`s took 23 s to parse, and such a page is refused.
 */
export const MAX_HTML_DEPTH = 1000;

/**
 * The most nodes (elements, texts, comments) a page may have. The tree takes some 500 bytes a node
 * with the rows read from it: 1.4 million nodes (a table of 200,000 rows, 14 MB) peaked at 780 MB,
 * and 3 million cells in one row (30 MB) at 2.9 GB. A report has tens of thousands.
 */
export const MAX_HTML_NODES = 1_500_000;

/** Thrown by {@link htmlToRows} for a page nested too deep or holding too many nodes. */
export class HtmlTooLargeError extends Error {}

/** domhandler's tree builder, stopped as soon as the open elements are too deep or the nodes too many. */
class BoundedHandler extends DomHandler {
  private nodes = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    // The stack holds the document and the open elements.
    if (this.tagStack.length - 1 > MAX_HTML_DEPTH)
      throw new HtmlTooLargeError(`elements nest more than ${MAX_HTML_DEPTH} deep`);
  }

  protected override addNode(node: Parameters<DomHandler["addNode"]>[0]): void {
    super.addNode(node);
    if (++this.nodes > MAX_HTML_NODES)
      throw new HtmlTooLargeError(`more than ${MAX_HTML_NODES} elements and texts`);
  }
}

/**
 * domhandler's nodes as the shared reader sees them. domhandler types `<script>` and `<style>`
 * as node types of their own rather than "tag", so they read as no element at all (skipped).
 */
const domhandlerTree: HtmlTree<DomNode> = {
  text: (node) => (node.type === "text" ? (node.data ?? "") : undefined),
  tagName: (node) => (node.type === "tag" ? (node.name ?? "") : node.type === "root" ? "" : undefined),
  attribute: (node, name) => node.attribs?.[name],
  children: (node) => node.children ?? [],
};

/**
 * Reads an HTML string into rows in document order: each table row as its cells (merged cells
 * filled), each paragraph outside tables as a one-cell row. Scripts, styles and the head are skipped.
 *
 * @throws {@link HtmlTooLargeError} when elements nest deeper than {@link MAX_HTML_DEPTH}, or the
 *   page holds more than {@link MAX_HTML_NODES} nodes
 *
 * @example
 * ```ts
 * htmlToRows("<p>标题</p><table><tr><td>1</td><td>任务</td></tr></table>");
 * //=> [["标题"], ["1", "任务"]]
 * ```
 */
export function htmlToRows(html: string): string[][] {
  const handler = new BoundedHandler();
  // htmlparser2's defaults, as cheerio's load passes them: HTML mode, entities decoded.
  new Parser(handler).end(html);
  return htmlTreeRows(handler.root as unknown as DomNode, domhandlerTree);
}

/**
 * Reads an `.html`/`.htm` file's bytes into rows (see {@link htmlToRows}), decoding its charset.
 *
 * @throws {@link InputError} when the page has no text at all, nests too deep or is too large to read
 */
export function readHtml(bytes: Uint8Array, path: string): Rows {
  if (bytes.length === 0) throw new InputError(path, "empty file");
  const { html, encoding } = decodeHtml(bytes);
  const rows = rowsOrInputError(html, path);
  if (rows.length === 0) throw new InputError(path, "no text in this HTML page");
  return { rows, encoding: encoding === "utf-8" ? "html" : `html (${encoding})` };
}

/**
 * {@link htmlToRows}, a page nested too deep or too large becoming an {@link InputError} naming the file.
 *
 * @throws {@link InputError} when elements nest deeper than {@link MAX_HTML_DEPTH} or the page
 *   holds more than {@link MAX_HTML_NODES} nodes
 */
export function rowsOrInputError(html: string, path: string): string[][] {
  try {
    return htmlToRows(html);
  } catch (error) {
    if (error instanceof HtmlTooLargeError) throw new InputError(path, `not read: ${error.message}`);
    throw error;
  }
}
