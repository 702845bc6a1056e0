import ExcelJS from "exceljs";
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { lyingZip } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { MAX_MERGED_CELLS, workbookTooLarge, zipTooLarge } from "./workbookLimits";

/** A small workbook with one merged range, its range then rewritten to `ref` in the sheet's XML. */
async function workbookMerging(ref: string): Promise<Uint8Array> {
  return zipSync(await partsMerging(ref));
}

/** The parts of {@link workbookMerging}'s workbook. */
async function partsMerging(ref: string): Promise<Record<string, Uint8Array>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  ws.addRow(["序号", "任务内容"]);
  ws.addRow([1, "新增托位500个"]);
  ws.mergeCells("A3:B4");
  const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  for (const [name, data] of Object.entries(parts))
    if (name.startsWith("xl/worksheets/"))
      parts[name] = strToU8(strFromU8(data).replace('ref="A3:B4"', `ref="${ref}"`));
  return parts;
}

const SHEET = "xl/worksheets/sheet1.xml";

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

  it("counts every merged range once, wherever the inflated chunks cut the sheet", async () => {
    const parts = await partsMerging("A3:B4");
    // 40,000 ranges of 6 cells after a stretch of incompressible text: chunks end all over them
    let noise = "";
    for (let i = 0, x = 7; i < 200_000; i++)
      noise += ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 27).toString(32);
    const ranges = Array.from(
      { length: 40_000 },
      (_, i) => `<mergeCell ref="C${3 * i + 1}:D${3 * i + 3}"/>`,
    ).join("");
    const sheet = strFromU8(parts[SHEET] as Uint8Array).replace(
      "</worksheet>",
      `<!--${noise}-->${ranges}</worksheet>`,
    );
    const zip = zipSync({ ...parts, [SHEET]: strToU8(sheet) });
    expect(workbookTooLarge(zip, { unzippedBytes: 2 ** 30, mergedCells: 40_000 * 6 + 3 })).toBe(
      `its merged ranges cover ${40_000 * 6 + 4} cells, more than ${40_000 * 6 + 3} are read`,
    );
    expect(workbookTooLarge(zip, { unzippedBytes: 2 ** 30, mergedCells: 40_000 * 6 + 4 })).toBeNull();
  });

  it("reads a range a sheet holds past the size its zip's directory claims for it", async () => {
    const parts = await partsMerging("A3:XFD1048576");
    const liar = lyingZip(
      Object.entries(parts).map(([name, data]) => ({
        name,
        deflated: deflateSync(data),
        claims: name === SHEET ? 10 : data.length,
      })),
    );
    expect(workbookTooLarge(liar)).toMatch(/^its merged ranges cover 17179836416 cells/);
    expect(workbookTooLarge(zipSync(await partsMerging("A3:B4")))).toBeNull();
  });

  it("refuses rows that span more cells than the limit, from column A to each row's last cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["序号", "任务内容"]);
    for (let r = 2; r <= 11; r++) ws.getCell(`XFD${r}`).value = "注";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const limits = { unzippedBytes: 2 ** 30, mergedCells: 10 };
    // the header spans 2 cells, each of the 10 rows below it 16,384
    expect(workbookTooLarge(bytes, { ...limits, spannedCells: 163_842 })).toBeNull();
    expect(workbookTooLarge(bytes, { ...limits, spannedCells: 163_841 })).toBe(
      "its rows span 163842 cells, more than 163841 are read",
    );
    expect(workbookTooLarge(bytes, limits)).toBeNull();
  });

  it("refuses sheets that write more cells than the limit, all sheets together", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("a").addRow(["序号", "任务内容", "主责单位"]);
    wb.addWorksheet("b").addRow([1, "新增托位500个"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const limits = { unzippedBytes: 2 ** 30, mergedCells: 10 };
    expect(workbookTooLarge(bytes, { ...limits, cells: 5 })).toBeNull();
    expect(workbookTooLarge(bytes, { ...limits, cells: 4 })).toBe(
      "its sheets hold 5 cells, more than 4 are read",
    );
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
  it("adds up the sizes the zip's directory gives", () => {
    const zip = zipSync({ "word/document.xml": new Uint8Array(4096), "a.xml": new Uint8Array(100) });
    expect(zipTooLarge(zip, 4196)).toBeNull();
    expect(zipTooLarge(zip, 4195)).toBe("its parts unzip to 4196 bytes, more than 4195 are read");
    expect(zipTooLarge(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it("counts what parts really inflate to when the directory understates them, stopping past the limit", () => {
    const deflated = deflateSync(new Uint8Array(2 ** 20));
    const liar = lyingZip(
      Array.from({ length: 8 }, (_, i) => ({ name: `word/p${i}.xml`, deflated, claims: 100 })),
    );
    expect(zipTooLarge(liar, 2 ** 21)).toBe(
      `its parts unzip to more than ${2 ** 21} bytes, though its directory claims 800`,
    );
    expect(zipTooLarge(liar, 2 ** 23)).toBeNull();
  });
});
