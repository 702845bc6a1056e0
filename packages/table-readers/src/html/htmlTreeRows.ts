import type { HtmlTree } from "./htmlTree";
import { LineCollector } from "./lineCollector";
import { fillSpans, parseSpan } from "./spanGrid";
import { BLOCK_TAGS, isCellTag, SKIPPED_TAGS } from "./tagKinds";

/**
 * Appends a cell's text to `out` in reading order: lines break at blocks, table rows and `<br>`.
 * The tree is walked with a stack of its own, not by recursion: a page may nest elements deeper
 * than the call stack reaches.
 */
function collectText<N>(root: N, tree: HtmlTree<N>, out: LineCollector): void {
  // An element being read: its children not read yet, whether it is a block, and whether a space
  // follows it (a cell of a table nested in a cell: its cells are separated by a space).
  const open: { readonly children: Iterator<N>; readonly block: boolean; readonly spaced: boolean }[] = [];
  const enter = (node: N, spaced: boolean): void => {
    const text = tree.text(node);
    if (text !== undefined) return out.text(text);
    const name = tree.tagName(node);
    if (name === undefined || SKIPPED_TAGS.has(name)) return;
    if (name === "br") return out.flush();
    const block = BLOCK_TAGS.has(name) || name === "table" || name === "tr";
    if (block) out.flush();
    open.push({ children: tree.children(node)[Symbol.iterator](), block, spaced });
  };
  enter(root, false);
  for (let top = open[open.length - 1]; top; top = open[open.length - 1]) {
    const next = top.children.next();
    if (!next.done) {
      enter(next.value, isCellTag(tree.tagName(next.value)));
      continue;
    }
    open.pop();
    if (top.block) out.flush();
    if (top.spaced) out.text(" ");
  }
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
  // Depth first, in document order, with a stack of its own (see collectText).
  const open: Iterator<N>[] = [tree.children(table)[Symbol.iterator]()];
  for (let top = open[open.length - 1]; top; top = open[open.length - 1]) {
    const next = top.next();
    if (next.done) {
      open.pop();
      continue;
    }
    const name = tree.tagName(next.value);
    if (name === "tr") rows.push(next.value);
    else if (name !== undefined && name !== "table") open.push(tree.children(next.value)[Symbol.iterator]());
  }
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

/**
 * Walks the page outside tables: paragraphs become one-cell rows, tables their rows. With a stack
 * of its own (see collectText).
 */
function walkBlocks<N>(root: N, tree: HtmlTree<N>, out: LineCollector, rows: string[][]): void {
  const open: { readonly children: Iterator<N>; readonly block: boolean }[] = [];
  const enter = (node: N): void => {
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
    open.push({ children: tree.children(node)[Symbol.iterator](), block });
  };
  enter(root);
  for (let top = open[open.length - 1]; top; top = open[open.length - 1]) {
    const next = top.children.next();
    if (!next.done) {
      enter(next.value);
      continue;
    }
    open.pop();
    if (top.block) out.flush();
  }
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
