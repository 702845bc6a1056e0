// The parts of an exceljs workbook the reader touches, written out structurally so this package
// needs no exceljs of its own: the CLI passes a Workbook from exceljs' Node build, the dashboard
// one from its browser bundle, and both fit these shapes.

/** A cell: its raw value (dates, formulas with results, rich text …) and exceljs' text rendering of it. */
export interface CellLike {
  readonly value: unknown;
  /** exceljs computes this on read, and throws for some values; the reader catches that. */
  readonly text: string;
}

/** A row of a worksheet: its cells that hold something, with their 1-based column numbers. */
export interface RowLike {
  eachCell(options: { includeEmpty: false }, visit: (cell: CellLike, column: number) => void): void;
}

/**
 * A worksheet: its used size, its rows that hold something (1-based numbers) and its merged
 * ranges (`B2:D3`). Only the rows and cells it holds are read: its size may claim a million rows
 * and sixteen thousand columns for one cell in the far corner.
 */
export interface WorksheetLike {
  readonly rowCount: number;
  readonly columnCount: number;
  // exceljs types `merges` as always present; a sheet without merges can still lack it.
  readonly model: { readonly merges?: readonly string[] | undefined };
  // exceljs' own record of the merges, by master cell: read when present instead of `model`, whose
  // getter builds the model of every row and cell of the sheet to list them.
  readonly _merges?: Readonly<Record<string, { readonly range: string }>> | undefined;
  eachRow(options: { includeEmpty: false }, visit: (row: RowLike, rowNumber: number) => void): void;
}

/** A loaded workbook: its worksheets in order (an exceljs `Workbook` fits). */
export interface WorkbookLike {
  readonly worksheets: readonly WorksheetLike[];
}
