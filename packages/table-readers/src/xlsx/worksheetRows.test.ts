import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { WorksheetLike } from "./workbookShape";
import { workbookRows, worksheetRows } from "./worksheetRows";

/** A sheet that holds the cells given, as `[row, column, text]` (numbers from 1), as exceljs hands them over. */
function sheetHolding(cells: readonly (readonly [number, number, string])[]): WorksheetLike {
  const rows = new Map<number, [number, string][]>();
  for (const [r, c, text] of cells) rows.set(r, [...(rows.get(r) ?? []), [c, text]]);
  return {
    rowCount: Math.max(0, ...rows.keys()),
    columnCount: cells.reduce((n, [, c]) => Math.max(n, c), 0),
    model: {},
    eachRow: (_, visit) => {
      for (const [r, held] of [...rows].sort((a, b) => a[0] - b[0]))
        visit({ eachCell: (__, see) => held.forEach(([c, value]) => see({ value, text: value }, c)) }, r);
    },
  };
}

/** A workbook written to .xlsx bytes and loaded back, as the apps get it. */
async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await wb.xlsx.writeBuffer());
  return loaded;
}

describe("worksheetRows", () => {
  it("reads a merged title as one cell, joins a header under a group title and fills merged body cells", async () => {
    const wb = await roundTrip((w) => {
      const s = w.addWorksheet("清单");
      s.getCell("A1").value = "朝阳区重点民生实事清单";
      s.getRow(2).values = ["编号", "项目", "责任单位"];
      s.getRow(3).values = [null, null, "牵头", "配合", "督办"];
      s.getRow(4).values = [1, "老旧小区改造", "区住建委", "街道", "区督查室"];
      s.getRow(5).values = [2, "加装电梯", null, "社区", null];
      for (const range of ["A1:E1", "A2:A3", "B2:B3", "C2:E2", "C4:C5", "E4:E5"]) s.mergeCells(range);
    });
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(worksheetRows(sheet)).toEqual([
      ["朝阳区重点民生实事清单"],
      ["编号", "项目", "责任单位/牵头", "责任单位/配合", "责任单位/督办"],
      ["1", "老旧小区改造", "区住建委", "街道", "区督查室"],
      ["2", "加装电梯", "区住建委", "社区", "区督查室"],
    ]);
  });

  it("skips empty rows, drops trailing empty cells and writes dates as YYYY-MM-DD", async () => {
    const wb = await roundTrip((w) => {
      const s = w.addWorksheet("s");
      s.addRow(["序号", "完成时限", null]);
      s.addRow([]);
      s.addRow([1, new Date(Date.UTC(2024, 11, 31)), null]);
      s.getCell("A5").value = "附注 ";
    });
    const sheet = wb.worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(worksheetRows(sheet)).toEqual([["序号", "完成时限"], ["1", "2024-12-31"], ["附注"]]);
  });
});

describe("worksheetRows and merged ranges", () => {
  const cells = [
    [1, 1, "序号"],
    [1, 2, "任务"],
    [2, 1, "1"],
    [2, 2, "托位"],
    [3, 1, "2"],
  ] as const;
  const expected = [
    ["序号", "任务"],
    ["1", "托位"],
    ["2", "托位"],
  ];

  it("reads exceljs' own record of the merges without building the sheet's model", () => {
    const sheet = {
      ...sheetHolding(cells),
      _merges: { B2: { range: "B2:B3" } },
      get model(): never {
        throw new Error("the model builds every row and cell again");
      },
    };
    expect(worksheetRows(sheet)).toEqual(expected);
  });

  it("reads the model's list of merges when there is no such record", () => {
    expect(worksheetRows({ ...sheetHolding(cells), model: { merges: ["B2:B3"] } })).toEqual(expected);
  });
});

describe("worksheetRows on sheets that lay out far more than they hold", () => {
  it("leaves out the columns no row fills when every row holds a cell in column XFD", () => {
    const cells: [number, number, string][] = [
      [1, 1, "序号"],
      [1, 2, "任务内容"],
    ];
    for (let r = 2; r <= 2001; r++)
      cells.push([r, 1, String(r - 1)], [r, 2, `新增托位${r}个`], [r, 16_384, "注"]);
    const rows = worksheetRows(sheetHolding(cells));
    expect(rows).toHaveLength(2001);
    expect(rows[0]).toEqual(["序号", "任务内容"]);
    expect(rows[2000]).toEqual(["2000", "新增托位2001个", "注"]);
  });

  it("keeps every column of a sheet that lays out about what it holds, empty ones too", () => {
    const rows = worksheetRows(
      sheetHolding([
        [1, 1, "甲"],
        [1, 5, "乙"],
        [2, 3, "丙"],
      ]),
    );
    expect(rows).toEqual([
      ["甲", "", "", "", "乙"],
      ["", "", "丙"],
    ]);
  });

  it("refuses, naming the count, a sheet whose rows lay out too many cells even so", () => {
    // 2,000 rows, each one cell further right: 2,001,000 cells laid out for 2,000 held
    const cells = Array.from({ length: 2000 }, (_, i) => [i + 1, i + 1, "x"] as const);
    expect(() => worksheetRows(sheetHolding(cells))).toThrow(
      "its rows lay out 2001000 cells once the empty columns are left out, more than 1128000 are read",
    );
  });
});

describe("workbookRows", () => {
  it("reads sheet after sheet", async () => {
    const wb = await roundTrip((w) => {
      w.addWorksheet("a").addRow(["甲", "乙"]);
      w.addWorksheet("b").addRow(["丙"]);
    });
    expect(workbookRows(wb)).toEqual([["甲", "乙"], ["丙"]]);
  });

  it("gives no rows for a workbook without text", async () => {
    expect(workbookRows(await roundTrip((w) => void w.addWorksheet("empty")))).toEqual([]);
  });
});
