import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toXlsx } from "./toXlsx";

describe("toXlsx", () => {
  it("writes a sheet per table: bold frozen header, sized columns, long text wrapped", async () => {
    const long = "完成".repeat(30);
    const bytes = await toXlsx([
      {
        name: "tasks",
        columns: ["seq", "text"],
        rows: [
          [1, long],
          [2, ""],
          [null, "短"],
        ],
      },
      { name: "tasks", columns: ["a"], rows: [] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["tasks", "tasks 2"]);
    const sheet = wb.getWorksheet("tasks") as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).values).toEqual([undefined, 1, long]);
    expect(sheet.getRow(4).getCell(2).value).toBe("短");
    expect(sheet.getColumn(1).width).toBe(6);
    expect(sheet.getColumn(2).width).toBe(60);
    expect(sheet.getRow(2).getCell(2).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(sheet.getRow(2).getCell(1).alignment?.wrapText).toBeUndefined();
    expect(wb.getWorksheet("tasks 2")?.rowCount).toBe(1);
  });
});
