import { chunkedSearch } from "./chunkedSearch";

// A cell of a sheet's XML: <c r="A1" …>, <c/>, or with a namespace prefix (<x:c …>). Not <col>,
// <cfRule> or <cellWatch>: the name must end at the c.
const CELL = /<(?:[A-Za-z]\w{0,8}:)?c[\s/>]/g;
/** Longer than any CELL match or failed try (13 characters). */
const OVERLAP = 16;

/**
 * Counts the cells a sheet's XML writes, reading it in chunks as it is inflated: exceljs keeps an
 * object for each (some 1.3 KB with what is read from it), so their number bounds the memory a
 * workbook takes. A cell cut between two chunks is counted once (see {@link chunkedSearch}).
 *
 * @example
 * ```ts
 * const counter = cellCounter();
 * counter.read('<row r="1"><c r="A1"/><c r="B1"><v>2</v></c></row><row><');
 * counter.read("c/></row>");
 * counter.cells(); //=> 3
 * ```
 */
export function cellCounter(): { read(chunk: string): void; cells(): number } {
  let cells = 0;
  const read = chunkedSearch(CELL, OVERLAP, () => {
    cells++;
  });
  return { read, cells: () => cells };
}
