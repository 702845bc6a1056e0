import { Parser } from "htmlparser2";
import { splitPoints } from "../../fields/points/splitPoints";
import { readSeqMarker } from "../../fields/seq/readSeqMarker";

/**
 * A cell with its HTML removed: the text, its numbered points, and whether there was HTML.
 *
 * @internal
 * @example
 * ```ts
 * const cell: CleanCell = { text: "区城管委", points: [], hadHtml: true };
 * ```
 */
export interface CleanCell {
  readonly text: string;
  readonly points: string[];
  readonly hadHtml: boolean;
}

/**
 * A real tag: `<p`, `</p>`, `<ol style=…>`, `<li>`, `<br/>`… Text such as `a<b`, `<3` or `《…》`
 * is not HTML. Linear: one bounded alternation, tried once per `<`.
 * @internal
 */
const REAL_TAG =
  /<\/?(?:p|ol|ul|li|br|div|span|table|tbody|thead|tr|td|th|strong|em|font|h[1-6]|img|hr|section|article|blockquote|sup|sub)(?=[\s/>])/i;

/** Tags that end a paragraph: their text goes on its own line. @internal */
const BLOCK = new Set([
  "p",
  "div",
  "li",
  "ol",
  "ul",
  "br",
  "hr",
  "table",
  "tbody",
  "thead",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "blockquote",
  "pre",
]);
/** Tags whose content is not text. @internal */
const SKIP = new Set(["script", "style", "head", "title"]);

/**
 * Cleans a table cell that may hold HTML (`<p>市实事第 21 项：…</p>`, an unclosed
 * `<ol style="list-style-type: none"> 1. … 2. …`, `<p>1.…</p> <p>2.…</p>`) with a real HTML
 * parser (htmlparser2: browser-safe, streaming, linear, tolerant of unclosed tags).
 *
 * Only a cell with a real tag (`<p`, `</p>`, `<ol`, `<li`, `<br`, `<div`, `<span`, `<table`…) is
 * read as HTML; any other cell (`a<b`, `《…》`) is returned as is. In HTML, entities are decoded,
 * whitespace runs (with `&nbsp;`) collapse to one space, and paragraphs (`<p>`, `<li>`, `<br>`,
 * `<div>`…) are joined by `"\n"`. `points` are the `<li>` items when there are two or more
 * (their own `1.` markers removed), else the text's numbered points (see `splitPoints`), for
 * plain cells too. Never throws; linear time.
 *
 * @internal
 * @param cell - The cell as written.
 * @returns The cleaned text, its points, and whether it held HTML.
 *
 * @example
 * ```ts
 * cleanHtml("<p>1.甲&amp;乙。</p> <p>2.丙。</p>");
 * //=> { text: "1.甲&乙。\n2.丙。", points: ["甲&乙。", "丙。"], hadHtml: true }
 * cleanHtml("《条例》a<b");
 * //=> { text: "《条例》a<b", points: [], hadHtml: false }
 * ```
 */
export function cleanHtml(cell: string): CleanCell {
  if (!hasRealTag(cell)) return { text: cell, points: splitPoints(cell), hadHtml: false };
  const { text, items } = readHtml(cell);
  const points = items.length >= 2 ? items.map(withoutMarker) : splitPoints(text);
  return { text, points, hadHtml: true };
}

/**
 * The text of a cell that may hold HTML, as {@link cleanHtml} gives it, without looking for
 * numbered points (a body or a deadline cell has none worth the search).
 *
 * @internal
 * @param cell - The cell as written.
 * @returns The cleaned text and whether the cell held HTML.
 *
 * @example
 * ```ts
 * htmlToText("<p>区城管委</p><p>区交通支队</p>");
 * //=> { text: "区城管委\n区交通支队", hadHtml: true }
 * htmlToText("区城管委");
 * //=> { text: "区城管委", hadHtml: false }
 * ```
 */
export function htmlToText(cell: string): { text: string; hadHtml: boolean } {
  if (!hasRealTag(cell)) return { text: cell, hadHtml: false };
  return { text: readHtml(cell).text, hadHtml: true };
}

/** Whether the cell holds a real tag; most cells hold no `<` at all, which is checked first. @internal */
function hasRealTag(cell: string): boolean {
  return cell.includes("<") && REAL_TAG.test(cell);
}

/** Reads an HTML cell: its paragraphs joined by line breaks, and its `<li>` items. @internal */
function readHtml(cell: string): { text: string; items: string[] } {
  const paragraphs: string[] = [];
  const items: string[] = [];
  let current = "";
  let item: string | null = null;
  let skipping = 0;
  const flush = (): void => {
    const p = collapse(current);
    if (p) paragraphs.push(p);
    current = "";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        if (BLOCK.has(name)) flush();
        if (name === "li") item = "";
      },
      ontext(data) {
        if (skipping > 0) return;
        current += data;
        if (item !== null) item += data;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (BLOCK.has(name)) flush();
        if (name === "li" && item !== null) {
          const text = collapse(item);
          if (text) items.push(text);
          item = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(cell);
  parser.end();
  flush();
  return { text: paragraphs.join("\n"), items };
}

/** Whitespace runs (incl. NBSP and the ideographic space) to one space, trimmed. @internal */
function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** `1. 督导…` → `督导…`; an item without a marker is kept whole. @internal */
function withoutMarker(item: string): string {
  const m = readSeqMarker(item);
  return m && m.style !== "bare" ? m.rest : item;
}
