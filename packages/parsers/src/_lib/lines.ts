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
  return s.replace(SPACE_RUN, " ").trim();
}

const NEEDS_FOLDING = /[\t\u00a0\u3000\u2000-\u200b\ufeff]| {2}/;

/**
 * Splits decoded text into source lines (LF, CRLF or CR), keeping 1-based numbers. A line with
 * tabs is read as cells; a line without tabs has `cells: null`.
 * @internal
 */
export function toSourceLines(text: string): SourceLine[] {
  const raw = text.split(/\r\n|\r|\n/);
  if (raw.length > 1 && raw[raw.length - 1] === "") raw.pop();
  return raw.map((line, i) => ({
    no: i + 1,
    raw: line,
    text: collapseSpaces(line),
    cells: line.includes("\t") ? line.split("\t").map(collapseSpaces) : null,
  }));
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
