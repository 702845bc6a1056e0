/** Elements whose content is not document text (code, metadata, embedded objects). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "head",
  "title",
  "noscript",
  "template",
  "svg",
  "object",
  "iframe",
]);

/** Elements that start and end a line of text (tables and rows are handled on their own). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "aside",
  "nav",
  "blockquote",
  "pre",
  "address",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "hr",
  "form",
  "fieldset",
  "figure",
  "figcaption",
  "center",
  "body",
  "html",
  "caption",
]);

/** True for a table cell's tag. */
export const isCellTag = (name: string | undefined): boolean => name === "td" || name === "th";
