import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "./xlsx";

async function workbook(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("s"));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  it("reads a title merged across the sheet as one cell, joins a two-row header and fills merged body cells", async () => {
    const bytes = await workbook((s) => {
      s.addRow(["大兴区2024年度市实事任务进展情况"]);
      s.mergeCells("A1:D1");
      s.addRow(["序号", "任务内容", "进展", null]);
      s.addRow([null, null, "状态", "说明"]);
      s.mergeCells("A2:A3");
      s.mergeCells("B2:B3");
      s.mergeCells("C2:D2");
      s.addRow([1, "新增托位", "已完成", "3516个"]);
      s.addRow([2, "通学公交", "已完成", "57条"]);
      s.mergeCells("C4:C5");
    });
    expect((await readXlsx(bytes, "t.xlsx")).rows).toEqual([
      ["大兴区2024年度市实事任务进展情况"],
      ["序号", "任务内容", "进展/状态", "进展/说明"],
      ["1", "新增托位", "已完成", "3516个"],
      ["2", "通学公交", "已完成", "57条"],
    ]);
  });

  it("refuses a file that is not a workbook, naming it", async () => {
    await expect(readXlsx(new TextEncoder().encode("text"), "x.xlsx")).rejects.toThrow(
      /^x\.xlsx: not a readable Excel \.xlsx file/,
    );
  });
});
