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
 * `<ol style="list-style-type: none"> 1. … 2. …`, `<p>1.…</p> <p>2.…</p>`) as a real HTML
 * parser (htmlparser2: browser-safe, streaming, linear, tolerant of unclosed tags) reads it.
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

/**
 * An HTML cell read: its paragraphs joined by line breaks, and its `<li>` items.
 *
 * @internal
 * @example
 * ```ts
 * const read: HtmlText = { text: "1. 甲\n2. 乙", items: ["1. 甲", "2. 乙"] };
 * ```
 */
export interface HtmlText {
  readonly text: string;
  readonly items: string[];
}

/**
 * Reads an HTML cell. The cells hold a small part of HTML (a few block and inline tags, simple
 * attributes, common entities): that part is read by {@link readSimpleHtml}, several times faster
 * than htmlparser2 and with the same events; anything else (comments, script, unknown tags or
 * entities…) by htmlparser2 itself. @internal
 */
function readHtml(cell: string): HtmlText {
  return readSimpleHtml(cell) ?? readWithHtmlparser2(cell);
}

/**
 * Builds the text of an HTML cell from its parser events: opened and closed tags (implied ones
 * too, as htmlparser2 reports them) and decoded text. @internal
 */
class HtmlTextBuilder {
  private readonly paragraphs: string[] = [];
  private readonly items: string[] = [];
  private current = "";
  private item: string | null = null;
  private skipping = 0;

  open(name: string): void {
    if (SKIP.has(name)) this.skipping++;
    if (BLOCK.has(name)) this.flush();
    if (name === "li") this.item = "";
  }

  text(data: string): void {
    if (this.skipping > 0) return;
    this.current += data;
    if (this.item !== null) this.item += data;
  }

  close(name: string): void {
    if (SKIP.has(name)) this.skipping = Math.max(0, this.skipping - 1);
    if (BLOCK.has(name)) this.flush();
    if (name === "li" && this.item !== null) {
      const text = collapse(this.item);
      if (text) this.items.push(text);
      this.item = null;
    }
  }

  finish(): HtmlText {
    this.flush();
    return { text: this.paragraphs.join("\n"), items: this.items };
  }

  private flush(): void {
    const p = collapse(this.current);
    if (p) this.paragraphs.push(p);
    this.current = "";
  }
}

/**
 * The deepest nesting htmlparser2 is given. Its Parser searches and shifts its stack of open
 * elements at every tag, so 80,000 nested `<span>`s took seconds and grew with the square of
 * the depth; a cell nested deeper is read by {@link readFlatHtml}. @internal
 */
const MAX_PARSER_DEPTH = 256;

/** Thrown from a parser callback to stop reading a cell nested deeper than MAX_PARSER_DEPTH. @internal */
const TOO_DEEP = new Error("nested too deep");

/**
 * Reads an HTML cell with htmlparser2, or with {@link readFlatHtml} once the open elements are
 * more than MAX_PARSER_DEPTH deep. @internal
 */
function readWithHtmlparser2(cell: string): HtmlText {
  const out = new HtmlTextBuilder();
  let depth = 0;
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (++depth > MAX_PARSER_DEPTH) throw TOO_DEEP;
        out.open(name);
      },
      ontext: (data) => out.text(data),
      onclosetag: (name) => {
        depth--;
        out.close(name);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  try {
    parser.write(cell);
    parser.end();
  } catch (error) {
    if (error !== TOO_DEEP) throw error;
    return readFlatHtml(cell);
  }
  return out.finish();
}

/** Void elements: their opening closes them at once. @internal */
const VOID_TAGS: ReadonlySet<string> = new Set([
  ...["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input"],
  ...["isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"],
]);

/**
 * Reads a cell whose tags nest too deep for htmlparser2, in one pass: every tag opens or closes
 * an element as written (no element is closed by another's opening), so text, paragraph breaks at
 * block tags and `<li>` items are kept, and the time grows with the cell's length only. The simple
 * and numeric entities are decoded; comments and declarations are dropped like tags.
 *
 * @internal
 * @param cell - A cell holding HTML.
 * @returns Its paragraphs joined by line breaks and its `<li>` items.
 *
 * @example
 * ```ts
 * readFlatHtml(`${"<span>".repeat(3)}<p>甲&amp;乙</p><ul><li>1. 丙</li></ul>`);
 * //=> { text: "甲&乙\n1. 丙", items: ["1. 丙"] }
 * ```
 */
export function readFlatHtml(cell: string): HtmlText {
  const out = new HtmlTextBuilder();
  // The next `>` is found once and kept, so a cell of a million `<a` without one stays linear.
  let gt = cell.indexOf(">");
  let i = 0;
  for (;;) {
    let lt = cell.indexOf("<", i);
    // A `<` that opens no tag (`<3`, `a < b`) is text.
    while (lt >= 0 && !opensTag(cell, lt)) lt = cell.indexOf("<", lt + 1);
    if (lt >= 0 && gt >= 0 && gt < lt) gt = cell.indexOf(">", lt);
    if (lt < 0 || gt < 0) {
      // No tag left, or one the cell never closes (markup, not text).
      out.text(decodeEntities(cell.slice(i, lt < 0 ? cell.length : lt)));
      break;
    }
    out.text(decodeEntities(cell.slice(i, lt)));
    const closing = cell.charCodeAt(lt + 1) === SLASH;
    const name = tagName(cell, closing ? lt + 2 : lt + 1, gt);
    if (name !== "") {
      if (closing) out.close(name);
      else {
        out.open(name);
        if (VOID_TAGS.has(name)) out.close(name);
      }
    }
    i = gt + 1;
  }
  return out.finish();
}

/** Whether the `<` at `at` opens a tag, a closing tag, a comment or a declaration. @internal */
function opensTag(cell: string, at: number): boolean {
  const c = cell.charCodeAt(at + 1);
  return (
    isAsciiLetter(c) || c === 0x21 || c === 0x3f || (c === SLASH && isAsciiLetter(cell.charCodeAt(at + 2)))
  );
}

/** The lower-cased name of the tag whose name starts at `from` (before `end`); "" for `<!…>`, `<?…>`. @internal */
function tagName(cell: string, from: number, end: number): string {
  let k = from;
  while (k < end && !isEndOfTagName(cell.charCodeAt(k))) k++;
  return isAsciiLetter(cell.charCodeAt(from)) ? cell.slice(from, k).toLowerCase() : "";
}

/** `text` with its simple and numeric entities decoded; any other `&` stays as written. @internal */
function decodeEntities(text: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let from = 0;
  for (; amp >= 0; amp = text.indexOf("&", amp + 1)) {
    const entity = readEntity(text, amp);
    if (entity === null || entity.length === 0) continue;
    out += text.slice(from, amp) + entity.text;
    from = amp + entity.length;
    amp = from - 1;
  }
  return out + text.slice(from);
}

// ---------------------------------------------------------------------------------------------
// The simple part of HTML, read as htmlparser2 10 reads it (its Tokenizer and Parser, HTML mode).

/**
 * The tags read without htmlparser2, each with the open elements its opening closes (htmlparser2's
 * `openImpliesClose`). None of them is void, raw text (script, style, title, textarea, xmp), or
 * foreign (svg, math and their integration points). @internal
 */
const SIMPLE_TAGS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...["p", "div", "ol", "ul", "table", "section", "article", "blockquote", "pre"].map(
    (t) => [t, ["p"]] as const,
  ),
  ...["h1", "h2", "h3", "h4", "h5", "h6"].map((t) => [t, ["p"]] as const),
  ...["span", "strong", "em", "b", "i", "u", "font", "sup", "sub", "thead", "a"].map((t) => [t, []] as const),
  ["li", ["li"]],
  ["tr", ["tr", "th", "td"]],
  ["th", ["th"]],
  ["td", ["thead", "th", "td"]],
  ["tbody", ["thead", "tbody"]],
]);
/** Void tags read without htmlparser2, with what their opening closes. @internal */
const SIMPLE_VOID_TAGS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["br", []],
  ["img", []],
  ["hr", ["p"]],
]);
/** Deeper nesting goes to htmlparser2, so that closing a tag never searches a long stack. @internal */
const MAX_DEPTH = 64;

/** The entities decoded without htmlparser2 (with their `;`): they decode to one character. @internal */
const SIMPLE_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["nbsp", "\u00a0"],
  ["ensp", "\u2002"],
  ["emsp", "\u2003"],
  ["ldquo", "\u201c"],
  ["rdquo", "\u201d"],
  ["lsquo", "\u2018"],
  ["rsquo", "\u2019"],
  ["mdash", "\u2014"],
  ["ndash", "\u2013"],
  ["hellip", "\u2026"],
  ["middot", "\u00b7"],
  ["times", "\u00d7"],
  ["divide", "\u00f7"],
  ["deg", "\u00b0"],
  ["plusmn", "\u00b1"],
  ["le", "\u2264"],
  ["ge", "\u2265"],
  ["permil", "\u2030"],
  ["yen", "\u00a5"],
  ["copy", "\u00a9"],
  ["reg", "\u00ae"],
]);
/** The longest name in SIMPLE_ENTITIES. @internal */
const MAX_ENTITY_NAME = 6;

const AMP = 0x26;
const GT = 0x3e;
const SLASH = 0x2f;

/**
 * Reads a cell written in the simple part of HTML (the tags of `SIMPLE_TAGS`, attributes, the
 * entities of `SIMPLE_ENTITIES` and numeric ones), or returns null for htmlparser2 to read it.
 * The events (tags opened, closed, implied closed; text with its entities decoded) are those
 * htmlparser2 reports, so the text and items are the same. Linear: each character is read at
 * most twice.
 *
 * @internal
 * @param cell - A cell holding HTML.
 * @returns Its paragraphs joined by line breaks and its `<li>` items, or null.
 *
 * @example
 * ```ts
 * readSimpleHtml('<ol style="a>b"><li>1. 甲&nbsp;<li>2. 乙</ol>');
 * //=> { text: "1. 甲\n2. 乙", items: ["1. 甲", "2. 乙"] }
 * readSimpleHtml("<p>甲<!-- 注 --></p>");
 * //=> null
 * ```
 */
export function readSimpleHtml(cell: string): HtmlText | null {
  const out = new HtmlTextBuilder();
  const open: string[] = []; // the innermost element last
  const markup = new MarkupFinder(cell);
  let from = 0; // where the text not yet given to `out` starts
  let i = 0;
  for (;;) {
    i = markup.next(i);
    if (i < 0) break;
    if (cell.charCodeAt(i) === AMP) {
      const entity = readEntity(cell, i);
      if (entity === null) return null;
      if (entity.length === 0) {
        i++; // a plain `&`, kept as text
        continue;
      }
      out.text(cell.slice(from, i));
      out.text(entity.text);
      i = from = i + entity.length;
      continue;
    }
    const tag = readTag(cell, i);
    if (tag === null) return null;
    if (tag.end === i) {
      i++; // a `<` that opens nothing (`<3`, `a < b`), kept as text
      continue;
    }
    out.text(cell.slice(from, i));
    if (!(tag.closing ? closeTag(tag.name, open, out) : openTag(tag.name, open, out))) return null;
    i = from = tag.end;
  }
  out.text(cell.slice(from));
  for (let k = open.length - 1; k >= 0; k--) out.close(open[k] ?? "");
  return out.finish();
}

/**
 * Finds the next `<` or `&` with the engine's `indexOf` (several times faster than a loop over
 * the characters), each found once: the text between tags is not read in JavaScript. @internal
 */
class MarkupFinder {
  private lt: number;
  private amp: number;

  constructor(private readonly cell: string) {
    this.lt = cell.indexOf("<");
    this.amp = cell.indexOf("&");
  }

  /** Where the next `<` or `&` is, at or after `from` (which never goes back); -1 when there is none. */
  next(from: number): number {
    if (this.lt >= 0 && this.lt < from) this.lt = this.cell.indexOf("<", from);
    if (this.amp >= 0 && this.amp < from) this.amp = this.cell.indexOf("&", from);
    if (this.lt < 0) return this.amp;
    return this.amp < 0 || this.lt < this.amp ? this.lt : this.amp;
  }
}

/**
 * Opens a tag as htmlparser2's Parser does: the open elements it implies closed are closed, then
 * it opens (and a void tag closes at once). False when the tag is not a simple one. @internal
 */
function openTag(name: string, open: string[], out: HtmlTextBuilder): boolean {
  const isVoid = SIMPLE_VOID_TAGS.get(name);
  const closes = isVoid ?? SIMPLE_TAGS.get(name);
  if (closes === undefined || open.length >= MAX_DEPTH) return false;
  while (open.length > 0 && closes.includes(open[open.length - 1] ?? "")) out.close(open.pop() ?? "");
  out.open(name);
  if (isVoid) out.close(name);
  else open.push(name);
  return true;
}

/**
 * Closes a tag as htmlparser2's Parser does: the element and every element opened inside it
 * close; `</br>` is a `<br>`, a `</p>` with no open `<p>` an empty paragraph, any other stray
 * closing tag nothing. False when the tag is not a simple one. @internal
 */
function closeTag(name: string, open: string[], out: HtmlTextBuilder): boolean {
  if (SIMPLE_VOID_TAGS.has(name)) {
    if (name === "br") {
      out.open(name);
      out.close(name);
    }
    return true;
  }
  if (!SIMPLE_TAGS.has(name)) return false;
  const at = open.lastIndexOf(name);
  if (at >= 0) while (open.length > at) out.close(open.pop() ?? "");
  else if (name === "p") {
    out.open(name);
    out.close(name);
  }
  return true;
}

/** htmlparser2's whitespace inside tags: space, tab, line feed, form feed, carriage return. @internal */
function isTagSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** @internal */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * Reads the markup that a `<` at `at` opens: a tag (its lower-cased name, whether it closes, and
 * where it ends), `end === at` when the `<` is text, or null when it opens anything else
 * (a comment, a declaration, a tag that the cell does not close…). @internal
 */
function readTag(
  cell: string,
  at: number,
): { readonly name: string; readonly closing: boolean; readonly end: number } | null {
  const c = cell.charCodeAt(at + 1);
  if (isAsciiLetter(c)) {
    let k = at + 2;
    while (k < cell.length && !isEndOfTagName(cell.charCodeAt(k))) k++;
    const end = endOfAttributes(cell, k);
    return end < 0 ? null : { name: cell.slice(at + 1, k).toLowerCase(), closing: false, end };
  }
  if (c === SLASH) {
    if (!isAsciiLetter(cell.charCodeAt(at + 2))) return null;
    let k = at + 3;
    while (k < cell.length && !isEndOfClosingName(cell.charCodeAt(k))) k++;
    // Whatever follows the name, up to `>`, is skipped.
    const gt = cell.indexOf(">", k);
    return gt < 0 ? null : { name: cell.slice(at + 2, k).toLowerCase(), closing: true, end: gt + 1 };
  }
  // `<!…`, `<?…` are declarations and instructions; any other `<` (or one at the end) is text.
  return c === 0x21 || c === 0x3f ? null : { name: "", closing: false, end: at };
}

/** @internal */
function isEndOfTagName(c: number): boolean {
  return c === GT || c === SLASH || isTagSpace(c);
}

/** In a closing tag, `/` belongs to the name (`</p/>` closes `p/`). @internal */
function isEndOfClosingName(c: number): boolean {
  return c === GT || isTagSpace(c);
}

// The states of htmlparser2's Tokenizer between a tag's name and its `>` (its self-closing state
// acts as the state before an attribute name).
const BEFORE_NAME = 0;
const IN_NAME = 1;
const AFTER_NAME = 2;
const BEFORE_VALUE = 3;
const IN_QUOTED = 4;
const IN_UNQUOTED = 5;

/**
 * Where the attributes from `k` on end (just past the tag's `>`), or -1 when the tag is not
 * closed. A `>` ends the tag except inside a quoted value, and a quote opens a value only after
 * `=`, as in htmlparser2's Tokenizer: `<p a="x>y">` ends at its last `>`, `<p a"b>` at its first.
 * @internal
 */
function endOfAttributes(cell: string, k: number): number {
  let state = BEFORE_NAME;
  let quote = 0;
  for (; k < cell.length; k++) {
    const c = cell.charCodeAt(k);
    if (state === IN_QUOTED) {
      if (c === quote) state = BEFORE_NAME;
    } else if (c === GT) return k + 1;
    else if (state === BEFORE_VALUE) {
      if (c === 0x22 || c === 0x27) {
        state = IN_QUOTED;
        quote = c;
      } else if (!isTagSpace(c)) state = IN_UNQUOTED;
    } else if (state === IN_UNQUOTED) {
      if (isTagSpace(c)) state = BEFORE_NAME;
    } else state = afterAttributeChar(state, c);
  }
  return -1;
}

/** The state after a character before, in or after an attribute's name (not `>`). @internal */
function afterAttributeChar(state: number, c: number): number {
  if (c === 0x3d) return state === BEFORE_NAME ? IN_NAME : BEFORE_VALUE; // `=`
  if (c === SLASH) return BEFORE_NAME;
  if (isTagSpace(c)) return state === IN_NAME ? AFTER_NAME : state;
  return IN_NAME;
}

/**
 * Reads the entity that a `&` at `at` may open: its text and length (0 for a `&` that opens none,
 * which stays text), or null for an entity outside the simple ones (`&copy` without `;`,
 * `&#128;`…). @internal
 */
function readEntity(cell: string, at: number): { readonly text: string; readonly length: number } | null {
  const c = cell.charCodeAt(at + 1);
  if (c === 0x23) return readNumericEntity(cell, at);
  // htmlparser2 tries a name only from an ASCII letter: `& `, `&1`, `&中` are plain text.
  if (!isAsciiLetter(c)) return NO_ENTITY;
  let k = at + 1;
  while (k < cell.length && k - at <= MAX_ENTITY_NAME && isAsciiLetter(cell.charCodeAt(k))) k++;
  if (cell.charCodeAt(k) !== 0x3b) return null;
  const text = SIMPLE_ENTITIES.get(cell.slice(at + 1, k));
  return text === undefined ? null : { text, length: k + 1 - at };
}

const NO_ENTITY = { text: "", length: 0 } as const;

/**
 * Reads `&#20013;` or `&#x4E2D;`: only with its `;`, a few digits, and a code point that decodes
 * as itself (not NUL, C1 controls, surrogates, or out of range, which htmlparser2 replaces).
 * @internal
 */
function readNumericEntity(
  cell: string,
  at: number,
): { readonly text: string; readonly length: number } | null {
  const hex = (cell.charCodeAt(at + 2) | 0x20) === 0x78;
  let k = at + (hex ? 3 : 2);
  const start = k;
  let cp = 0;
  for (; k < cell.length && k - start < 7; k++) {
    const d = digitValue(cell.charCodeAt(k), hex);
    if (d < 0) break;
    cp = cp * (hex ? 16 : 10) + d;
  }
  if (k === start || cell.charCodeAt(k) !== 0x3b) return null;
  const plain = (cp > 0 && cp < 0x80) || (cp >= 0xa0 && cp < 0xd800) || (cp > 0xdfff && cp <= 0x10ffff);
  return plain ? { text: String.fromCodePoint(cp), length: k + 1 - at } : null;
}

/** The value of a decimal or hexadecimal digit, or -1. @internal */
function digitValue(c: number, hex: boolean): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (!hex) return -1;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** Whitespace other than a lone ASCII space between words: what `collapse` rewrites. Linear. @internal */
const SPACE_TO_REWRITE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Whitespace runs (incl. NBSP and the ideographic space) to one space, trimmed: what
 * `s.replace(/\s+/g, " ").trim()` gives. Most paragraphs have only lone ASCII spaces between
 * words: they are checked by one pattern and kept, not rebuilt. @internal
 */
function collapse(s: string): string {
  const t = s.trim();
  return SPACE_TO_REWRITE.test(t) ? t.replace(/\s+/g, " ") : t;
}

/** `1. 督导…` → `督导…`; an item without a marker is kept whole. @internal */
function withoutMarker(item: string): string {
  const m = readSeqMarker(item);
  return m && m.style !== "bare" ? m.rest : item;
}
