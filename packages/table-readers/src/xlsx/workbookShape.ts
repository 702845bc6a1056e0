// The parts of an exceljs workbook the reader touches, written out structurally so this package
// needs no exceljs of its own: the CLI passes a Workbook from exceljs' Node build, the dashboard
// one from its browser bundle, and both fit these shapes.

/** A cell: its raw value (dates, formulas with results, rich text …) and exceljs' text rendering of it. */
export interface CellLike {
  readonly value: unknown;
  /** exceljs computes this on read, and throws for some values; the reader catches that. */
  readonly text: string;
}

/** A worksheet: its used size, its cells (1-based) and its merged ranges (`B2:D3`). */
export interface WorksheetLike {
  readonly rowCount: number;
  readonly columnCount: number;
  // exceljs types `merges` as always present; a sheet without merges can still lack it.
  readonly model: { readonly merges?: readonly string[] | undefined };
  getCell(row: number, column: number): CellLike;
}

/** A loaded workbook: its worksheets in order (an exceljs `Workbook` fits). */
export interface WorkbookLike {
  readonly worksheets: readonly WorksheetLike[];
}
