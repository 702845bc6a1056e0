// Every seed written as html, docx, xlsx and csv (and one as PDF, see fixtures/README.md) must parse
// to the same tasks as its .txt: the readers change the container, never the content.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Document } from "@minsheng/core";
import { encodeGbk } from "@minsheng/test-utils";
import { expectedRows, seedBlocks, toDocx, toHtml, toXlsx } from "@minsheng/test-utils/seed-documents";
import { describe, expect, it } from "vitest";
import { readDocx } from "../src/readers/docx";
import { readHtml } from "../src/readers/html";
import { csvLines } from "../src/output/toCsv";
import { readCsv } from "../src/readers/csv";
import { readPdf } from "../src/readers/pdf";
import { readXlsx } from "../src/readers/xlsx";
import { comparableTask, comparableTasks } from "./helpers/compareTasks";
import { ROOT, runCli, tempDir } from "./helpers/runCli";

const SEEDS = readdirSync(join(ROOT, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .sort();
const stem = (p: string) => basename(p).replace(/\.[^.]+$/, "");
const PDF_SEED = "003_af483f4de0f66109";
const dir = tempDir();

/** Trailing empty cells carry nothing; spreadsheet readers drop them. */
const trimRow = (r: readonly string[]) => {
  const out = [...r];
  while (out.length > 1 && out[out.length - 1] === "") out.pop();
  return out;
};
const squashRows = (rows: readonly (readonly string[])[]) =>
  rows.map((r) => trimRow(r).map((c) => c.replace(/\s+/g, "")));

/** The CSV of rows, as the CLI writes CSV (every row as wide as the first is enough for the reader). */
const toCsv = (rows: readonly (readonly string[])[]) =>
  [
    ...csvLines(
      { name: "rows", columns: [...(rows[0] ?? [])], rows: rows.slice(1).map((r) => [...r]) },
      { bom: false },
    ),
  ].join("");

function parseDir(format: string): Map<string, Document> {
  // CSV is read only when named (a folder may hold the CLI's own CSV output): name every file.
  const inputs = format.startsWith("csv")
    ? readdirSync(join(dir, format)).map((f) => join(dir, format, f))
    : [join(dir, format)];
  const r = runCli(["parse", ...inputs, "--format", "ndjson"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const docs = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Document);
  return new Map(docs.map((d) => [stem(d.source.path), d]));
}

describe("every seed in every format", async () => {
  for (const f of ["txt", "html", "html-gbk", "docx", "xlsx", "csv", "csv-gbk", "pdf"])
    mkdirSync(join(dir, f), { recursive: true });
  for (const seed of SEEDS) {
    const text = readFileSync(join(ROOT, "seeds", seed), "utf8");
    const blocks = seedBlocks(text);
    const name = stem(seed);
    copyFileSync(join(ROOT, "seeds", seed), join(dir, "txt", seed));
    writeFileSync(join(dir, "html", `${name}.html`), toHtml(blocks));
    writeFileSync(join(dir, "html-gbk", `${name}.htm`), encodeGbk(toHtml(blocks, "gbk")));
    writeFileSync(join(dir, "docx", `${name}.docx`), await toDocx(blocks));
    writeFileSync(join(dir, "xlsx", `${name}.xlsx`), await toXlsx(blocks));
    writeFileSync(join(dir, "csv", `${name}.csv`), toCsv(expectedRows(blocks)));
    writeFileSync(join(dir, "csv-gbk", `${name}.csv`), encodeGbk(toCsv(expectedRows(blocks))));
  }
  copyFileSync(new URL(`./fixtures/${PDF_SEED}.pdf`, import.meta.url), join(dir, "pdf", `${PDF_SEED}.pdf`));

  describe.each(SEEDS.map(stem))("the readers give back the rows of %s", (name) => {
    const expected = expectedRows(seedBlocks(readFileSync(join(ROOT, "seeds", `${name}.txt`), "utf8")));
    it("reads the html page into the same rows", () => {
      expect(readHtml(readFileSync(join(dir, "html", `${name}.html`)), name).rows).toEqual(expected);
    });
    it("decodes the GBK page from its meta charset into the same rows", () => {
      const r = readHtml(readFileSync(join(dir, "html-gbk", `${name}.htm`)), name);
      expect(r.encoding).toBe("html (gb18030)");
      expect(r.rows).toEqual(expected);
    });
    it("reads the Word document into the same rows", async () => {
      expect((await readDocx(readFileSync(join(dir, "docx", `${name}.docx`)), name)).rows).toEqual(expected);
    });
    it("reads the CSV file, UTF-8 or GBK, into the same rows", () => {
      const want = expected.filter((r) => r.some((c) => c.trim() !== ""));
      expect(readCsv(readFileSync(join(dir, "csv", `${name}.csv`)), name).rows).toEqual(want);
      const gbk = readCsv(readFileSync(join(dir, "csv-gbk", `${name}.csv`)), name);
      expect([gbk.encoding, gbk.rows]).toEqual(["csv (gb18030)", want]);
    });
    it("reads the workbook into the same rows", async () => {
      const { rows } = await readXlsx(readFileSync(join(dir, "xlsx", `${name}.xlsx`)), name);
      expect(rows.map(trimRow)).toEqual(expected.map(trimRow).filter((r) => r.some((c) => c !== "")));
    });
  });

  it("rebuilds the table rows of the PDF from text positions", async () => {
    const { rows } = await readPdf(readFileSync(join(dir, "pdf", `${PDF_SEED}.pdf`)), PDF_SEED);
    const expected = expectedRows(seedBlocks(readFileSync(join(ROOT, "seeds", `${PDF_SEED}.txt`), "utf8")));
    expect(rows).toHaveLength(expected.length);
    // Every row has its cells in the right columns; wraps are rejoined (spaces aside).
    const got = squashRows(rows);
    const want = squashRows(expected);
    expect(got.map((r) => r[0])).toEqual(want.map((r) => r[0]));
    const same = got.filter(
      (r, i) =>
        JSON.stringify(r.map((c) => c.replace(/\n/g, ""))) ===
        JSON.stringify(want[i]?.map((c) => c.replace(/\n/g, ""))),
    ).length;
    expect(same).toBeGreaterThanOrEqual(expected.length - 1);
  });

  it("parses each format to the same tasks as the .txt, field by field", () => {
    const txt = parseDir("txt");
    expect([...txt.keys()].sort()).toEqual(SEEDS.map(stem));
    const mismatches: string[] = [];
    for (const format of ["html", "html-gbk", "docx", "xlsx", "csv", "csv-gbk", "pdf"]) {
      for (const [name, doc] of parseDir(format)) {
        const reference = txt.get(name);
        if (!reference) {
          mismatches.push(`${format}/${name}: no .txt`);
          continue;
        }
        const got = comparableTasks(doc);
        const want = comparableTasks(reference);
        const seqs = (ts: typeof got) => ts.map((t) => `${t.section}:${t.seq}`).join(",");
        if (seqs(got) !== seqs(want))
          mismatches.push(`${format}/${name}: tasks ${seqs(got)} instead of ${seqs(want)}`);
        got.forEach((t, i) => {
          const w = want[i];
          if (!w) return;
          for (const field of Object.keys(w) as (keyof typeof w)[])
            if (JSON.stringify(t[field]) !== JSON.stringify(w[field]))
              mismatches.push(
                `${format}/${name} #${t.seq} ${field}: ${JSON.stringify(t[field])} instead of ${JSON.stringify(w[field])}`,
              );
        });
      }
    }
    // Rebuilding cells from PDF geometry cannot always tell a paragraph break from a wrap when a
    // cell's line fills its column (区水务局 / 区住房城乡建设委 in a 5-character column): at most
    // one such field in the PDF is tolerated; every other format must match exactly.
    expect(mismatches.filter((m) => !m.startsWith("pdf/"))).toEqual([]);
    expect(mismatches.filter((m) => m.startsWith("pdf/")).length).toBeLessThanOrEqual(1);
  });

  it("compares the fields that matter (seq, text, units, deadline, status, targets, actuals)", () => {
    expect(
      Object.keys(
        comparableTask({
          seq: 1,
          text: "",
          category: null,
          cityItem: null,
          units: [],
          leaders: [],
          deadline: null,
          targets: [],
          progress: null,
          span: { startLine: 1, endLine: 1 },
        }),
      ).sort(),
    ).toEqual(["actuals", "deadline", "seq", "status", "targets", "text", "units"]);
  });
});
