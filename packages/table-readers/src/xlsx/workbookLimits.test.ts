import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { MAX_MERGED_CELLS, workbookTooLarge, zipTooLarge } from "./workbookLimits";

/** A small workbook with one merged range, its range then rewritten to `ref` in the sheet's XML. */
async function workbookMerging(ref: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  ws.addRow(["序号", "任务内容"]);
  ws.addRow([1, "新增托位500个"]);
  ws.mergeCells("A3:B4");
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  for (const [name, data] of Object.entries(parts))
    if (name.startsWith("xl/worksheets/"))
      parts[name] = strToU8(strFromU8(data).replace('ref="A3:B4"', `ref="${ref}"`));
  return zipSync(parts);
}

describe("workbookTooLarge", () => {
  it("lets an ordinary workbook and bytes that are no zip through", async () => {
    expect(workbookTooLarge(await workbookMerging("A3:B4"))).toBeNull();
    expect(workbookTooLarge(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it("refuses merged ranges covering more than a million cells, counting every range", async () => {
    expect(workbookTooLarge(await workbookMerging("A3:XFD1048576"))).toBe(
      `its merged ranges cover ${1_048_574 * 16_384} cells, more than ${MAX_MERGED_CELLS} are read`,
    );
    expect(workbookTooLarge(await workbookMerging("A1:J100000"))).toBeNull();
    expect(workbookTooLarge(await workbookMerging("A1:J100001"))).toMatch(/cover 1000010 cells/);
  });

  it("refuses parts that unzip to more than the limit, from the zip's directory", async () => {
    const bytes = await workbookMerging("A3:B4");
    const size = Object.values(unzipSync(bytes)).reduce((n, d) => n + d.length, 0);
    expect(workbookTooLarge(bytes, { unzippedBytes: size, mergedCells: 10 })).toBeNull();
    expect(workbookTooLarge(bytes, { unzippedBytes: size - 1, mergedCells: 10 })).toBe(
      `its parts unzip to ${size} bytes, more than ${size - 1} are read`,
    );
  });
});

describe("zipTooLarge", () => {
  it("adds up the sizes the zip's directory gives, inflating nothing", () => {
    const zip = zipSync({ "word/document.xml": new Uint8Array(4096), "a.xml": new Uint8Array(100) });
    expect(zipTooLarge(zip, 4196)).toBeNull();
    expect(zipTooLarge(zip, 4195)).toBe("its parts unzip to 4196 bytes, more than 4195 are read");
    expect(zipTooLarge(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
