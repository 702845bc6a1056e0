// Small files that claim enormous documents: nesting deeper than any call stack, pages of millions
// of nodes, merged cells spanning a thousand rows and columns each, a workbook whose last cell sits
// in its far corner or whose merged range covers a billion cells, a PDF of more pages than pdfjs
// finds in reasonable time.
// Each once crashed the CLI (a stack overflow, or 4 GB of heap and an abort after a minute or
// more); each is now read, or refused with one line naming the file.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { lyingZip, nestedWordTables, wordParagraph, wordXmlDocx } from "@minsheng/test-utils";
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync, zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { lzwEncode, lzwRepeats } from "./helpers/lzw";
import { pdfOfEmptyPages, pdfOfOnePage } from "./helpers/makePdf";
import { runCli, tempDir } from "./helpers/runCli";

const dir = tempDir("minsheng-hostile-");
const HEADER = "<tr><th>序号</th><th>任务内容</th><th>主责单位</th></tr>";
const ROW = "<tr><td>1</td><td>新增托位500个</td><td>区教委</td></tr>";

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Parses one file to NDJSON and returns the run and its documents. */
function parse(path: string) {
  const run = runCli(["parse", path, "--format", "ndjson"]);
  const docs = run.stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { sections: { tasks: { text: string }[] }[] });
  return { run, docs };
}

describe("hostile HTML", () => {
  it("refuses a page nested 200,000 elements deep with one line naming it", () => {
    const path = write("deep.html", `<body>${"<div>".repeat(200_000)}1.新增托位500个</body>`);
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: elements nest more than 1000 deep`,
    ]);
  });

  it("refuses a page of more nodes than fit in memory with one line naming it", () => {
    // 3,000,000 cells in one row (30 MB) peaked at 2.9 GB; this page has 1,600,000 nodes in 8 MB
    const path = write("wide.html", `<table>${HEADER}<tr>${"<td>1</td>".repeat(800_000)}</tr></table>`);
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: more than 1500000 elements and texts`,
    ]);
  });

  it("reads a table whose cell holds tables nested 300 deep", () => {
    const nested = `${"<table><tr><td>".repeat(300)}托位${"</td></tr></table>".repeat(300)}`;
    const page = `<table>${HEADER}${ROW}<tr><td>2</td><td>${nested}</td><td>区民政局</td></tr></table>`;
    const { run, docs } = parse(write("nested.html", page));
    expect(run.code).toBe(0);
    expect(docs[0]?.sections[0]?.tasks.map((t) => t.text)).toEqual(["新增托位500个", "托位"]);
  });

  it("reads a table of cells each merged over 1000 rows and 1000 columns", () => {
    const huge = `<tr>${'<td colspan="1000" rowspan="1000">x</td>'.repeat(50)}</tr>`.repeat(20);
    const { run, docs } = parse(write("spans.html", `<table>${HEADER}${ROW}${huge}</table>`));
    expect(run.code).toBe(0);
    expect(docs[0]?.sections[0]?.tasks[0]?.text).toBe("新增托位500个");
  });
});

describe("hostile workbooks", () => {
  it("refuses a 7 KB workbook merging a billion cells with one line naming it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["序号", "任务内容"]);
    ws.mergeCells("A3:B4");
    const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    for (const [name, data] of Object.entries(parts))
      if (name.startsWith("xl/worksheets/"))
        parts[name] = strToU8(strFromU8(data).replace('ref="A3:B4"', 'ref="A3:XFD1048576"'));
    const path = write("merged.xlsx", zipSync(parts));
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: its merged ranges cover ${1_048_574 * 16_384} cells, more than 1000000 are read`,
    ]);
  });

  it("refuses a workbook of more cells than exceljs holds in memory with one line naming it", async () => {
    // exceljs takes some 1.3 KB a cell: 1,000,000 cells (a 6 MB file) peaked at 1.22 GB
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("s").addRow(["序号", "任务内容", "主责单位"]);
    const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    const cells = '<row r="2"><c t="inlineStr"><is><t>1</t></is></c></row>'.repeat(600_000);
    for (const [name, data] of Object.entries(parts))
      if (name.startsWith("xl/worksheets/"))
        parts[name] = strToU8(strFromU8(data).replace("</sheetData>", `${cells}</sheetData>`));
    const path = write("cells.xlsx", zipSync(parts));
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: its sheets hold 600003 cells, more than 600000 are read`,
    ]);
  });

  it("reads a sheet whose last cell is XFD1048576 from the cells it holds", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["序号", "任务内容", "主责单位"]);
    ws.addRow([1, "新增托位500个", "区教委"]);
    ws.getCell("XFD1048576").value = "附注";
    const path = write("far.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const { run, docs } = parse(path);
    expect(run.code).toBe(0);
    expect(docs[0]?.sections[0]?.tasks[0]?.text).toBe("新增托位500个");
  });
});

describe("sheets that lay out far more than they hold", () => {
  /**
   * A workbook of a header and `rows` task rows, row i also holding text in column `extra(i)`
   * (letters): the sheet's XML written here, as exceljs takes seconds to write such rows itself.
   */
  async function workbook(rows: number, extra: (i: number) => string): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("s").addRow(["x"]);
    const parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    let xml = `<row r="1">${cell("A1", "序号")}${cell("B1", "任务内容")}${cell("C1", "主责单位")}</row>`;
    for (let i = 0; i < rows; i++) {
      const r = i + 2;
      xml += `<row r="${r}">${cell(`A${r}`, String(i + 1))}${cell(`B${r}`, `新增托位${i + 1}个`)}${cell(`C${r}`, "区教委")}${cell(`${extra(i)}${r}`, "注")}</row>`;
    }
    for (const [name, data] of Object.entries(parts))
      if (name.startsWith("xl/worksheets/"))
        parts[name] = strToU8(
          strFromU8(data).replace(
            /<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/,
            `<sheetData>${xml}</sheetData>`,
          ),
        );
    return zipSync(parts);
  }

  it("reads a sheet whose every row holds a cell in column XFD without the empty columns between", async () => {
    // each row laid out 16,384 cells: 4,000 such rows took 18.9 s and 1.77 GB for a 95 KB file
    const { run, docs } = parse(write("far-cells.xlsx", await workbook(1500, () => "XFD")));
    expect(run.code).toBe(0);
    const tasks = docs[0]?.sections[0]?.tasks ?? [];
    expect(tasks).toHaveLength(1500);
    expect(tasks[1499]?.text).toBe("新增托位1500个");
  });

  it("refuses with one line, before loading it, a sheet whose rows span more than 100 million cells", async () => {
    // exceljs walks each row to its last cell: 10,000 rows reaching column XFD are 163,840,003 steps
    const path = write("far-cells-10000.xlsx", await workbook(10_000, () => "XFD"));
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: its rows span 163840003 cells, more than 100000000 are read`,
    ]);
  });

  it("refuses with one line a sheet whose rows lay out too many cells even without the empty columns", async () => {
    // row i holds a cell in column i + 4: every column is filled by some row. Laid out: the header's
    // 3 cells and i + 4 for row i, 4,510,503 in all; the bound: a million and 64 per held cell
    // (12,003 held), 1,768,192
    const column = (n: number): string =>
      (n <= 26 ? "" : column(Math.floor((n - 1) / 26))) + String.fromCharCode(65 + ((n - 1) % 26));
    const path = write("diagonal.xlsx", await workbook(3000, (i) => column(i + 4)));
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: its rows lay out 4510503 cells once the empty columns are left out, more than 1768192 are read`,
    ]);
  });
});

describe("hostile zips", () => {
  // 600 parts of 1 MB each, 1 KB deflated, each claiming 1 byte: JSZip (inside exceljs and mammoth)
  // trusted the directory and inflated them all, 600 MB, before it noticed.
  const deflated = deflateSync(new Uint8Array(2 ** 20));
  for (const [ext, prefix] of [
    ["xlsx", "xl/worksheets/sheet"],
    ["docx", "word/part"],
  ] as const)
    it(`refuses a .${ext} whose zip's directory understates its parts, keeping none of them in memory`, () => {
      const parts = Array.from({ length: 600 }, (_, i) => ({
        name: `${prefix}${i + 1}.xml`,
        deflated,
        claims: 1,
      }));
      const path = write(`liar.${ext}`, lyingZip(parts));
      const { run } = parse(path);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n")).toEqual([
        `minsheng: ${path}: not read: its parts unzip to more than 536870912 bytes, though its directory claims 600`,
      ]);
    });
});

describe("hostile Word documents", () => {
  it("reads tables nested 100 deep", () => {
    const { run, docs } = parse(
      write("nested100.docx", wordXmlDocx(wordParagraph("1.新增托位500个") + nestedWordTables(100, "托位"))),
    );
    expect(run.code).toBe(0);
    expect(docs).toHaveLength(1);
  });

  it("refuses tables nested 10,000 deep with one line naming the file, not the engine's stack", () => {
    // mammoth walks the document recursively: it ran out of call stack
    const path = write(
      "nested10000.docx",
      wordXmlDocx(wordParagraph("1.新增托位500个") + nestedWordTables(10_000, "托位")),
    );
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: its elements nest too deep to read`,
    ]);
  });

  it("refuses a 36 KB document of 50,000 table rows, more elements than mammoth holds in memory", () => {
    // mammoth builds an object for every element: this file peaked at 1.34 GB, one of 105 KB at 2.9 GB
    const cells = ["1", "新增托位500个", "区教委"].map((t) => `<w:tc>${wordParagraph(t)}</w:tc>`).join("");
    const path = write("rows.docx", wordXmlDocx(`<w:tbl>${`<w:tr>${cells}</w:tr>`.repeat(50_000)}</w:tbl>`));
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: its document holds 650003 XML elements, more than 300000 are read`,
    ]);
  });
});

/**
 * A zlib stream of about `megabytes` KB that inflates to `megabytes` MB of spaces: 1 MB of spaces
 * deflated on its own, copied (a full flush starts each copy afresh), then an empty final block.
 */
function flateBomb(megabytes: number): Buffer {
  const megabyte = deflateRawSync(Buffer.alloc(2 ** 20, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([
    Buffer.from([0x78, 0x9c]),
    ...Array.from({ length: megabytes }, () => megabyte),
    Buffer.from([0x03, 0x00]),
  ]);
}

describe("hostile PDFs", () => {
  it("reads a page of 124,000 runs of text, more than a call takes arguments", () => {
    // Math.max(...every piece's right edge) threw "Maximum call stack size exceeded"
    let content = "BT /F1 1 Tf\n";
    for (let y = 1; y < 840; y++) for (let x = 0; x < 590; x += 4) content += `1 0 0 1 ${x} ${y} Tm (a) Tj\n`;
    const { run, docs } = parse(write("dense.pdf", pdfOfOnePage(`${content}ET`)));
    expect(run.code).toBe(0);
    expect(docs).toHaveLength(1);
  });

  it("refuses with one line a 300 KB PDF whose content stream inflates to 300 MB", () => {
    // pdfjs decodes a content stream into one buffer: 1 GB of spaces took 10 s and 1.66 GB.
    const path = write("bomb.pdf", pdfOfOnePage(flateBomb(300), "FlateDecode"));
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: its streams inflate to more than 268435456 bytes`,
    ]);
  });

  it("reads LZW content as pdfjs decodes it, and refuses a 220 KB LZW stream that decodes to 294 MB", () => {
    // 200 KB of varied bytes in a comment make the table fill and clear some forty times before the
    // text: pdfjs finds the text only if it reads every code as wide as the count does
    let comment = "% ";
    for (let i = 0, x = 7; i < 200_000; i++)
      comment += String.fromCharCode(32 + (((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 25) % 90));
    const content = new TextEncoder().encode(`${comment}\nBT /F1 12 Tf 72 700 Td (1. xin zeng 500 ge) Tj ET`);
    const read = parse(write("lzw.pdf", pdfOfOnePage(lzwEncode(content), "LZWDecode")));
    expect(read.run.code).toBe(0);
    expect(JSON.stringify(read.docs)).toContain("xin zeng 500 ge");
    // 40 tables of codes each one byte longer than the last: 294,374,640 bytes of spaces
    const path = write("lzw-bomb.pdf", pdfOfOnePage(lzwRepeats(0x20, 40), "LZWDecode"));
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: its streams inflate to more than 268435456 bytes`,
    ]);
  });

  it("refuses a stream that inflates past 256 MB behind a hex filter or encryption, which only pdfjs decodes", () => {
    // pdfStreamsTooLarge inflates plain Flate streams; these bytes inflate only once decoded from
    // hex or decrypted. pdfjs (patched) refuses any stream it decodes past 256 MB: unpatched, the
    // 2 MB hex file below took 15.7 s and 1.66 GB before pdfjs found no text in it.
    const bomb = flateBomb(300);
    const files = [
      write("hex-bomb.pdf", pdfOfOnePage(`${bomb.toString("hex")}>`, ["ASCIIHexDecode", "FlateDecode"])),
      write("encrypted-bomb.pdf", pdfOfOnePage(bomb, "FlateDecode", { encrypted: true })),
    ];
    for (const path of files) {
      const { run } = parse(path);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n")).toEqual([
        `minsheng: ${path}: not read: a stream decodes to more than 268435456 bytes`,
      ]);
    }
  });

  it("reads the text of an encrypted PDF that opens without a password", () => {
    const content = zlibSync(strToU8("BT /F1 12 Tf 72 700 Td (1. xin zeng 500 ge) Tj ET"));
    const { run, docs } = parse(
      write("encrypted.pdf", pdfOfOnePage(content, "FlateDecode", { encrypted: true })),
    );
    expect(run.code).toBe(0);
    expect(JSON.stringify(docs)).toContain("xin zeng 500 ge");
  });

  it("refuses a PDF of more than 2000 pages with one line naming it", () => {
    // pdfjs walks the page tree from its start for every page: 20,000 pages took 266 s
    const path = write("pages.pdf", pdfOfEmptyPages(2001));
    const { run } = parse(path);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `minsheng: ${path}: not read: 2001 pages, more than 2000 are read`,
    ]);
  });
});

describe("large reports", () => {
  it("renders a text report of 150,000 warnings, more rows than a call takes arguments", () => {
    // the text table measured its columns with Math.max(...every row's width) and threw
    let text = "";
    for (let i = 1; i <= 150_000; i++) text += `${i % 2 ? 1 : 2}.新增托位${i}个\n`;
    const run = runCli(["report", write("duplicates.txt", text), "--format", "text"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Parser warnings (149998)");
  });
});
