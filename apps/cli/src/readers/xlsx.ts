import { firstLine, workbookRows, workbookTooLarge } from "@minsheng/table-readers";
import ExcelJS from "exceljs";
import { InputError } from "../cli/exitCodes";
import type { Rows } from "./rows";

/**
 * Reads an `.xlsx` workbook into rows, sheet after sheet: merged cells filled with their master's
 * text, a multi-row header joined into one row, empty rows skipped, single-cell rows (titles,
 * notes) kept as one-cell rows (see `workbookRows` in @minsheng/table-readers).
 *
 * @throws {@link InputError} when the file is not a readable workbook, holds no text, or claims more
 *   cells or bytes than fit in memory (see `workbookTooLarge` and `worksheetRows` in
 *   @minsheng/table-readers)
 */
export async function readXlsx(bytes: Uint8Array, path: string): Promise<Rows> {
  if (bytes.length === 0) throw new InputError(path, "empty file");
  const tooLarge = workbookTooLarge(bytes);
  if (tooLarge) throw new InputError(path, `not read: ${tooLarge}`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    throw new InputError(path, `not a readable Excel .xlsx file (${firstLine(error)})`);
  }
  let rows: string[][];
  try {
    rows = workbookRows(workbook);
  } catch (error) {
    // a sheet whose cells, laid out in rows, would not fit in memory (see worksheetRows)
    throw new InputError(path, `not read: ${firstLine(error)}`);
  }
  if (rows.length === 0) throw new InputError(path, "no text in this workbook");
  return { rows, encoding: "xlsx" };
}
