// HTML documents → table rows for `parseRows`, read the way the CLI reads them: both apps supply
// their parser's nodes to @minsheng/table-readers, so a page dropped here parses to the same tasks
// as `minsheng parse page.html`. Runs on DOMParser, which builds an inert document: scripts do not
// run and images do not load, so hostile pages are only read, never rendered.
import { htmlTreeRows, type HtmlTree } from "@minsheng/table-readers";

/** The DOM's nodes as the shared reader sees them. */
const domTree: HtmlTree<Node> = {
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? "") : undefined),
  tagName: (node) => (node instanceof Element ? node.localName : undefined),
  attribute: (node, name) => (node instanceof Element ? (node.getAttribute(name) ?? undefined) : undefined),
  children: (node) => node.childNodes,
};

/**
 * The page in reading order as rows: each table row as its cells (merged cells filled), each
 * paragraph outside tables as a one-cell row. Scripts, styles and the head are skipped.
 */
export function htmlToRows(html: string): string[][] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return htmlTreeRows<Node>(doc.documentElement, domTree);
}
