/**
 * How the HTML reader sees a parsed page, whatever parsed it: the CLI supplies this over cheerio's
 * domhandler nodes, the dashboard over the browser's DOM. Only these four questions are asked, so
 * the reading logic is written once.
 *
 * @typeParam N - the parser's node type
 */
export interface HtmlTree<N> {
  /** A text node's text; undefined for any other node. */
  text(node: N): string | undefined;
  /**
   * An element's lower-case tag name (`""` for a document root holding the page); undefined for
   * comments, doctypes and anything else that holds no readable content.
   */
  tagName(node: N): string | undefined;
  /** An element's attribute value, undefined when it has none of that name. */
  attribute(node: N, name: string): string | undefined;
  /** The node's children, in document order. */
  children(node: N): Iterable<N>;
}
