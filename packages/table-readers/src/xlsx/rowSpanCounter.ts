import { chunkedSearch } from "./chunkedSearch";

// A cell of a sheet's XML and its reference: <c r="XFD12" s="1">. Other attributes may come
// first; the gap is bounded, so a search stays linear in the XML.
const CELL_REF = /<c\s[^>]{0,200}?\br="([A-Z]{1,3})(\d{1,7})"/g;
/** Longer than any CELL_REF match or failed try (about 225 characters). */
const OVERLAP = 256;

/** The column number of letters A–XFD (A is 1). */
function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/**
 * Counts the cells a sheet's rows span, each row from column A to its last cell, reading the XML
 * in chunks as it is inflated. exceljs walks every column up to a row's last cell for each row it
 * reads (and keeps a slot for each): a file of a few kilobytes whose every row holds a cell in
 * column XFD costs 16,384 steps per row. A row written in several places counts in each; a cell
 * cut between two chunks is read once (see {@link chunkedSearch}).
 *
 * @example
 * ```ts
 * const counter = rowSpanCounter();
 * counter.read('<row r="1"><c r="A1"/><c s="2" r="C1"/></row><row r="2"><c r="B');
 * counter.read('2"/></row>');
 * counter.cells(); //=> 5
 * ```
 */
export function rowSpanCounter(): { read(chunk: string): void; cells(): number } {
  let done = 0;
  let row = -1;
  let last = 0;
  const read = chunkedSearch(CELL_REF, OVERLAP, (m) => {
    const r = Number(m[2]);
    if (r !== row) {
      done += last;
      row = r;
      last = 0;
    }
    last = Math.max(last, columnNumber(m[1] ?? ""));
  });
  return { read, cells: () => done + last };
}
