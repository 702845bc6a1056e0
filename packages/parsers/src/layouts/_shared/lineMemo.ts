import type { SourceLine } from "../../_lib/SourceLine";

/**
 * A reading of one line (its header, its numbering…).
 * @internal
 *
 * @example
 * ```ts
 * const length: LineReader<number> = (line) => line.text.length;
 * ```
 */
export type LineReader<T> = (line: SourceLine) => T;

// A reading is kept as a code per line: 0 not read yet, -1 null, -2 false, -3 true, k > 0 the k-th
// value kept. The codes sit in a typed array, outside the garbage-collected heap, and only readings
// that are values take a slot of a JS array: most lines are no marker, label or header.
const NULL = -1;
const FALSE = -2;
const TRUE = -3;

/** One reader's readings of a document's lines. */
interface Table {
  /** The code of each line's reading, by index (line number - 1). */
  readonly codes: Int32Array;
  /** The readings that are values: code k stands for `values[k - 1]`. */
  readonly values: unknown[];
}

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
  private readonly tables = new Map<LineReader<unknown>, Table>();

  constructor(lines: readonly SourceLine[]) {
    this.lines = lines;
  }

  /** `read`, remembered for the document's lines (one table per reader, shared by every caller). */
  of<T>(read: LineReader<T>): LineReader<T> {
    let table = this.tables.get(read);
    if (!table) {
      // Zeroed (every line unread) and off the heap: a code per line of the document costs less than
      // the JS array slot per line the readings used to take, and the collector never copies it.
      table = { codes: new Int32Array(this.lines.length), values: [] };
      this.tables.set(read, table);
    }
    const { codes, values } = table;
    const lines = this.lines;
    return (line) => {
      const i = line.no - 1;
      if (lines[i] !== line) return read(line);
      const code = codes[i] as number;
      if (code > 0) return values[code - 1] as T;
      if (code === NULL) return null as T;
      if (code === FALSE) return false as T;
      if (code === TRUE) return true as T;
      const value = read(line);
      codes[i] = value === null ? NULL : value === false ? FALSE : value === true ? TRUE : values.push(value);
      return value;
    };
  }
}
