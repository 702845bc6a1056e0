import type { SourceLine } from "../../_lib/SourceLine";

/**
 * A reading of one line (its header, its numbering…). It must not return `undefined`, which marks
 * a line not read yet: return null for "nothing".
 * @internal
 *
 * @example
 * ```ts
 * const length: LineReader<number> = (line) => line.text.length;
 * ```
 */
export type LineReader<T> = (line: SourceLine) => T;

/** Lines per block of a LineMemo table. */
const BLOCK_BITS = 9;
const BLOCK = 1 << BLOCK_BITS;

/**
 * The readings of a document's lines, each line read once per reader. Detection reads a sample of
 * the lines, the chosen layout reads them all, and every stretch another layout left is detected
 * and read again: without the memo each of these reads every line anew.
 *
 * Lines are found by number (`no`), so a reading is kept only for the very line object that stands
 * at that number in the document; any other line (of another document, or built by hand) is read
 * every time, never mixed up.
 * @internal
 *
 * @example
 * ```ts
 * const line = { no: 1, raw: "1.新增托位", text: "1.新增托位", cells: null };
 * const memo = new LineMemo([line]);
 * let reads = 0;
 * const lengthOf = memo.of((l) => (reads++, l.text.length));
 * lengthOf(line) + lengthOf(line); //=> 12
 * reads; //=> 1
 * ```
 */
export class LineMemo {
  private readonly lines: readonly SourceLine[];
  private readonly tables = new Map<LineReader<unknown>, unknown[][]>();

  constructor(lines: readonly SourceLine[]) {
    this.lines = lines;
  }

  /** `read`, remembered for the document's lines (one table per reader, shared by every caller). */
  of<T>(read: LineReader<T>): LineReader<T> {
    let table = this.tables.get(read);
    if (!table) {
      table = new Array<unknown[]>(Math.ceil(this.lines.length / BLOCK));
      this.tables.set(read, table);
    }
    // Kept in blocks made as lines are read: detection reads only a sample of a long document, and
    // a table the document's length would cost as much as the reading it saves.
    const blocks = table as (T | undefined)[][];
    const lines = this.lines;
    return (line) => {
      const i = line.no - 1;
      if (lines[i] !== line) return read(line);
      const block = (blocks[i >> BLOCK_BITS] ??= new Array<T | undefined>(BLOCK));
      let value = block[i & (BLOCK - 1)];
      if (value === undefined) {
        value = read(line);
        block[i & (BLOCK - 1)] = value;
      }
      return value;
    };
  }
}
