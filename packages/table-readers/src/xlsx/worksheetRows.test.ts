import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { workbookRows, worksheetRows } from "./worksheetRows";

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
