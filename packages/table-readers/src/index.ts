// The environment-neutral part of reading table-shaped documents (HTML, Word, Excel) into rows of
// cells for `parseRows`, shared by the CLI (Node) and the dashboard (browser). What differs between
// them (the HTML parser, how mammoth and exceljs are loaded, how bytes are wrapped, error messages)
// stays in the apps and is passed in: nothing here imports Node modules or touches DOM globals.
export { firstLine } from "./errors/firstLine";
export { isStackOverflow } from "./errors/isStackOverflow";
export { decodeHtml, type DecodedHtml } from "./html/decodeHtml";
export { decodeText, type DecodedText } from "./text/decodeText";
export type { HtmlTree } from "./html/htmlTree";
export { htmlTreeRows, tableRows } from "./html/htmlTreeRows";
export { fillSpans, MAX_SPAN, parseSpan, type SpanCell } from "./html/spanGrid";
export { parseRange, type CellRange } from "./xlsx/parseRange";
export { headerDepth, joinHeaderRows } from "./xlsx/headerRows";
export { cellText, cleanCellText } from "./xlsx/cellText";
export { workbookRows, worksheetRows } from "./xlsx/worksheetRows";
export type { CellLike, RowLike, WorkbookLike, WorksheetLike } from "./xlsx/workbookShape";
export {
  MAX_CELLS,
  MAX_MERGED_CELLS,
  MAX_SPANNED_CELLS,
  MAX_UNZIPPED_BYTES,
  workbookTooLarge,
  zipTooLarge,
} from "./xlsx/workbookLimits";
export { inflateSteps } from "./zip/inflatePart";
export { docxHtmlOptions, docxToHtml, type DocxHtmlOptions, type MammothLike } from "./docx/docxToHtml";
export { MAX_WORD_ELEMENTS, wordTooLarge } from "./docx/wordLimits";
