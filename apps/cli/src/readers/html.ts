// HTML pages → rows, on cheerio's parser. What a page reads as (tables with merged cells filled,
// paragraphs as one-cell rows) is @minsheng/table-readers', shared with the dashboard's DOM reader;
// this module supplies cheerio's nodes to it and turns failures into InputErrors.
import { decodeHtml, htmlTreeRows, type HtmlTree } from "@minsheng/table-readers";
import { load } from "cheerio/slim";
import { InputError } from "../cli/exitCodes";
import type { Rows } from "./rows";

// The parts of domhandler's node shape this reader touches (domhandler is cheerio's, not ours).
interface DomNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Record<string, string>;
  readonly children?: DomNode[];
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
 * @example
 * ```ts
 * htmlToRows("<p>标题</p><table><tr><td>1</td><td>任务</td></tr></table>");
 * //=> [["标题"], ["1", "任务"]]
 * ```
 */
export function htmlToRows(html: string): string[][] {
  const $ = load(html);
  return htmlTreeRows($.root()[0] as unknown as DomNode, domhandlerTree);
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
