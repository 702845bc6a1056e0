import type { HtmlTree } from "./htmlTree";
import { LineCollector } from "./lineCollector";
import { fillSpans, parseSpan } from "./spanGrid";
import { BLOCK_TAGS, isCellTag, SKIPPED_TAGS } from "./tagKinds";

/** Appends a cell's text to `out` in reading order: lines break at blocks, table rows and `<br>`. */
function collectText<N>(node: N, tree: HtmlTree<N>, out: LineCollector): void {
  const text = tree.text(node);
  if (text !== undefined) return out.text(text);
  const name = tree.tagName(node);
  if (name === undefined || SKIPPED_TAGS.has(name)) return;
  if (name === "br") return out.flush();
  const block = BLOCK_TAGS.has(name) || name === "table" || name === "tr";
  if (block) out.flush();
  // Cells of a table nested in a cell are read as text, separated by a space.
  for (const child of tree.children(node)) {
    collectText(child, tree, out);
    if (isCellTag(tree.tagName(child))) out.text(" ");
  }
  if (block) out.flush();
}

/** The text of a table cell: its paragraphs and line breaks as `\n`, whitespace collapsed. */
function cellText<N>(cell: N, tree: HtmlTree<N>): string {
  const lines: string[] = [];
  const out = new LineCollector((line) => lines.push(line));
  for (const child of tree.children(cell)) collectText(child, tree, out);
  out.flush();
  return lines.join("\n");
}

/** The table's own rows (through thead/tbody/tfoot); nested tables are cell content. */
function ownRows<N>(table: N, tree: HtmlTree<N>): N[] {
  const rows: N[] = [];
  const visit = (n: N) => {
    for (const c of tree.children(n)) {
      const name = tree.tagName(c);
      if (name === "tr") rows.push(c);
      else if (name !== undefined && name !== "table") visit(c);
    }
  };
  visit(table);
  return rows;
}

/**
 * Reads one table into rows of cells, filling merged cells (see {@link fillSpans}): a cell spanning
 * columns or rows repeats its text in every position it covers, so each row reads on its own.
 *
 * @param table - the `<table>` element
 * @param tree - how to read the parser's nodes
 */
export function tableRows<N>(table: N, tree: HtmlTree<N>): string[][] {
  return fillSpans(
    ownRows(table, tree).map((tr) =>
      [...tree.children(tr)]
        .filter((cell) => isCellTag(tree.tagName(cell)))
        .map((cell) => ({
          text: cellText(cell, tree),
          colspan: parseSpan(tree.attribute(cell, "colspan")),
          rowspan: parseSpan(tree.attribute(cell, "rowspan")),
        })),
    ),
  );
}

/** Walks the page outside tables: paragraphs become one-cell rows, tables their rows. */
function walkBlocks<N>(node: N, tree: HtmlTree<N>, out: LineCollector, rows: string[][]): void {
  const text = tree.text(node);
  if (text !== undefined) return out.text(text);
  const name = tree.tagName(node);
  if (name === undefined || SKIPPED_TAGS.has(name)) return;
  if (name === "br") return out.flush();
  if (name === "table") {
    out.flush();
    for (const row of tableRows(node, tree)) if (row.some((c) => c !== "")) rows.push(row);
    return;
  }
  const block = BLOCK_TAGS.has(name);
  if (block) out.flush();
  for (const child of tree.children(node)) walkBlocks(child, tree, out, rows);
  if (block) out.flush();
}

/**
 * Reads a parsed HTML page into rows in document order: each table row as its cells (merged cells
 * filled), each paragraph outside tables as a one-cell row. Scripts, styles and the head are
 * skipped; a cell's paragraphs and line breaks are kept as `\n`.
 *
 * @param root - the document root (or its `<html>` element)
 * @param tree - how to read the parser's nodes: cheerio's in Node, the DOM's in the browser
 * @example
 * ```ts
 * // A minimal tree of plain objects; the apps pass cheerio's or the DOM's nodes.
 * type El = { tag: string; kids: (El | string)[] };
 * const tree: HtmlTree<El | string> = {
 *   text: (n) => (typeof n === "string" ? n : undefined),
 *   tagName: (n) => (typeof n === "string" ? undefined : n.tag),
 *   attribute: () => undefined,
 *   children: (n) => (typeof n === "string" ? [] : n.kids),
 * };
 * const td = (s: string): El => ({ tag: "td", kids: [s] });
 * htmlTreeRows({ tag: "body", kids: [{ tag: "p", kids: ["标题"] }, { tag: "table", kids: [{ tag: "tr", kids: [td("1"), td("任务")] }] }] }, tree);
 * //=> [["标题"], ["1", "任务"]]
 * ```
 */
export function htmlTreeRows<N>(root: N, tree: HtmlTree<N>): string[][] {
  const rows: string[][] = [];
  const out = new LineCollector((line) => rows.push([line]));
  walkBlocks(root, tree, out, rows);
  out.flush();
  return rows;
}
