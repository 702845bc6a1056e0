// Excel .xlsx → rows, as the CLI reads it (workbookRows in @minsheng/table-readers): sheet after
// sheet, merged cells filled, a multi-row header joined into one row. exceljs (its browser bundle,
// the package's `browser` entry) is loaded on the first .xlsx only, so the page people open stays small.
import { firstLine, workbookRows, workbookTooLarge } from "@minsheng/table-readers";

/**
 * Reads a workbook into rows. Throws when the file is not a readable .xlsx, holds no text, or claims
 * more cells or bytes than fit in memory.
 */
export async function xlsxToRows(bytes: Uint8Array): Promise<string[][]> {
  // Checked before exceljs loads it: a merged range of a billion cells would take every byte of the tab.
  const tooLarge = workbookTooLarge(bytes);
  if (tooLarge) throw new Error(`Excel 文件过大，未读取（${tooLarge}）`);
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    await workbook.xlsx.load(buffer);
  } catch (error) {
    throw new Error(`不是可读取的 Excel .xlsx 文件（${firstLine(error)}）`);
  }
  const rows = workbookRows(workbook);
  if (rows.length === 0) throw new Error("Excel 文件中没有文字");
  return rows;
}
