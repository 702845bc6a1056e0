import { decodeText } from "@minsheng/table-readers";
import { InputError } from "../cli/exitCodes";
import type { Rows } from "./rows";
import { checkTextBytes } from "./text";

/**
 * Splits CSV text into rows of fields, as RFC 4180 writes them: fields separated by commas, rows by
 * CRLF, LF or CR; a quoted field may hold commas, line breaks and doubled quotes. Lenient where a
 * file is not: a quote inside an unquoted field is kept as it is, and a quoted field left open runs
 * to the end of the text. One pass, linear in the text; never throws.
 *
 * @example
 * ```ts
 * csvRows('序号,项目内容\r\n1,"新增托位500个,含""普惠""托位"\r\n');
 * //=> [["序号", "项目内容"], ["1", '新增托位500个,含"普惠"托位']]
 * ```
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let from = 0; // start of the field's unquoted run not yet added to `field`
  let i = 0;
  const endField = (end: number) => {
    row.push(field + text.slice(from, end));
    field = "";
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c !== QUOTE) {
        i++;
        continue;
      }
      field += text.slice(from, i);
      if (text.charCodeAt(i + 1) === QUOTE) {
        field += '"';
        i += 2;
      } else {
        quoted = false;
        i++;
      }
      from = i;
    } else if (c === QUOTE && i === from && field === "") {
      quoted = true;
      from = ++i;
    } else if (c === COMMA) {
      endField(i);
      from = ++i;
    } else if (c === LF || c === CR) {
      endField(i);
      rows.push(row);
      row = [];
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      from = i;
    } else i++;
  }
  // The last row, unless the text ended with its line break.
  if (from < text.length || field !== "" || row.length > 0 || quoted) {
    endField(text.length);
    rows.push(row);
  }
  return rows;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads a `.csv` file into rows (see {@link csvRows}), its encoding told from its bytes: a UTF-8 or
 * UTF-16 byte order mark, else UTF-8 when the bytes are valid UTF-8, else GB18030 (what Excel writes
 * on a Chinese system).
 *
 * @throws {@link InputError} when the file is empty, binary, or holds no text
 */
export function readCsv(bytes: Uint8Array, path: string): Rows {
  checkTextBytes(bytes, path);
  const { text, encoding } = decodeText(bytes);
  const rows = csvRows(text).filter((r) => r.some((c) => c.trim() !== ""));
  if (rows.length === 0) throw new InputError(path, "no text in this CSV file");
  return { rows, encoding: encoding === "utf-8" ? "csv" : `csv (${encoding})` };
}
