import type { SourceLine } from "./SourceLine";

// Runs of any width of space (incl. U+3000 and NBSP) fold to one space. A character class with a
// single quantifier is linear even on the 4,500-space run in one seed.
const SPACE_RUN = /[ \t\u00a0\u3000\u2000-\u200b\ufeff]+/g;

/**
 * Folds whitespace runs to one space and trims.
 * @internal
 */
export function collapseSpaces(s: string): string {
  // Most lines hold single spaces only: keep the string itself rather than build an equal copy
  // (a 100 MB file has over a million lines).
  if (!NEEDS_FOLDING.test(s)) return s.trim();
  return foldSpaces(s);
}

/** `s` with its whitespace runs folded to one space, trimmed: collapseSpaces once a fold is known to be due. */
function foldSpaces(s: string): string {
  return s.replace(SPACE_RUN, " ").trim();
}

const NEEDS_FOLDING = /[\t\u00a0\u3000\u2000-\u200b\ufeff]| {2}/;
// Characters `trim` removes that SPACE_RUN does not fold (line breaks cannot occur in a line).
const TRIMMED_NOT_FOLDED = /[\v\f\u1680\u202f\u205f\u2028\u2029]/;

/**
 * Splits decoded text into source lines (LF, CRLF or CR), keeping 1-based numbers. A line with
 * tabs is read as cells; a line without tabs has `cells: null`.
 * @internal
 */
export function toSourceLines(text: string): SourceLine[] {
  // One pass with indexOf instead of a regex split and a map: the same lines as
  // `text.split(/\r\n|\r|\n/)` without the trailing empty one, built without an array in between.
  const out: SourceLine[] = [];
  let start = 0;
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  for (;;) {
    if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
    if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
    const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
    if (end < 0) break;
    out.push(sourceLine(out.length + 1, text.slice(start, end)));
    start = end + (end === cr && lf === end + 1 ? 2 : 1);
  }
  // A break at the very end closes the last line rather than opening an empty one.
  if (start < text.length || out.length === 0) out.push(sourceLine(out.length + 1, text.slice(start)));
  return out;
}

function sourceLine(no: number, raw: string): SourceLine {
  // Most lines hold no tab and nothing to fold: one scan tells both (a tab is folded too).
  if (!NEEDS_FOLDING.test(raw)) return { no, raw, text: raw.trim(), cells: null };
  if (!raw.includes("\t")) return { no, raw, text: foldSpaces(raw), cells: null };
  const cells = splitCells(raw);
  // Tabs fold like spaces, so the folded line is its non-empty cells joined by one space — unless
  // it holds a character that trimming a cell would drop but folding the line would keep.
  const text = TRIMMED_NOT_FOLDED.test(raw) ? collapseSpaces(raw) : joinNonEmpty(cells);
  return { no, raw, text, cells };
}

/** `raw.split("\t").map(collapseSpaces)` without the intermediate array. */
function splitCells(raw: string): string[] {
  // Sized to the cells: an array grown by push keeps room for 17, and a document keeps its lines'
  // cells until it is read (a table of 100,000 rows holds 100,000 of these arrays). The tabs are
  // counted first, so the array is built once rather than grown and copied (fitted).
  let tabs = 0;
  for (let tab = raw.indexOf("\t"); tab >= 0; tab = raw.indexOf("\t", tab + 1)) tabs++;
  const cells = new Array<string>(tabs + 1);
  let from = 0;
  let i = 0;
  for (let tab = raw.indexOf("\t"); tab >= 0; tab = raw.indexOf("\t", from)) {
    cells[i++] = collapseSpaces(raw.slice(from, tab));
    from = tab + 1;
  }
  cells[i] = collapseSpaces(raw.slice(from));
  return cells;
}

/** `cells.filter(Boolean).join(" ")` without the filtered copy. */
function joinNonEmpty(cells: readonly string[]): string {
  let text = "";
  for (const c of cells) if (c) text = text ? `${text} ${c}` : c;
  return text;
}

/**
 * Turns table rows into source lines: one line per row, the row's cells kept as cells.
 * @internal
 */
export function rowsToSourceLines(rows: readonly (readonly string[])[]): SourceLine[] {
  return rows.map((row, i) => {
    const cells = row.map((c) => collapseSpaces(String(c ?? "").replace(/\r\n|\r|\n/g, "\n")));
    return {
      no: i + 1,
      raw: row.join("\t"),
      text: collapseSpaces(cells.filter(Boolean).join(" ")),
      cells: cells.length > 1 ? cells : null,
    };
  });
}
