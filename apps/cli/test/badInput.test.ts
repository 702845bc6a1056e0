// Unusable inputs each get one line on stderr naming the file; the others are still processed and
// written; the exit code is 1.
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { textLayerProblem } from "../src/readers/pdf";
import { pdfOfEmptyPages } from "./helpers/makePdf";
import { ROOT, runCli, tempDir } from "./helpers/runCli";

const SEED = join(ROOT, "seeds/000_297e35da228aaa3d.txt");
const dir = tempDir();

async function writeLargeText(path: string, bytes: number): Promise<void> {
  const line = "1\t新增3岁以下普惠幼儿托位1万个；免费为普惠托育机构提供安全运营保险。\t区教委\t已完成\n";
  const chunk = line.repeat(Math.ceil((1 << 20) / Buffer.byteLength(line)));
  const out = createWriteStream(path);
  for (let written = 0; written < bytes; written += Buffer.byteLength(chunk))
    if (!out.write(chunk)) await once(out, "drain");
  out.end();
  await once(out, "finish");
}

describe("bad input", () => {
  it("names each unusable input on its own line, still writes the rest, and exits 1", async () => {
    writeFileSync(join(dir, "empty.txt"), "");
    mkdirSync(join(dir, "nodocs"));
    writeFileSync(join(dir, "nodocs", "notes.md"), "# not a document");
    const junk = Buffer.alloc(100_000);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
    writeFileSync(join(dir, "junk.txt"), junk);
    writeFileSync(join(dir, "scan.pdf"), pdfOfEmptyPages(1));
    await writeLargeText(join(dir, "huge.txt"), 200 * 1024 * 1024);
    const inputs = ["missing.txt", "empty.txt", "nodocs", "junk.txt", "scan.pdf", "huge.txt"].map((f) =>
      join(dir, f),
    );
    // The 200 MB file is refused after a stat, before it is read (its reason below says so).
    const r = runCli(["parse", ...inputs, SEED, "--format", "ndjson"]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines).toEqual([
      `minsheng: ${join(dir, "missing.txt")}: no such file or directory`,
      `minsheng: ${join(dir, "nodocs")}: no documents found (looked for .txt .html .htm .docx .xlsx .pdf)`,
      `minsheng: ${join(dir, "empty.txt")}: empty file`,
      `minsheng: ${join(dir, "junk.txt")}: binary data, not text (contains NUL bytes)`,
      `minsheng: ${join(dir, "scan.pdf")}: PDF has no text layer (a scan?); run OCR on it first`,
      `minsheng: ${join(dir, "huge.txt")}: too large (200 MB, limit 64 MB; raise it with --max-size)`,
    ]);
    const docs = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { source: { path: string } });
    expect(docs.map((d) => d.source.path)).toEqual([SEED]);
  });

  it("parses a 20 MB text file within the default limit without running out of memory", async () => {
    const path = join(dir, "big.txt");
    await writeLargeText(path, 20 * 1024 * 1024);
    const r = runCli(["parse", path, "--format", "ndjson"], {
      env: { NODE_OPTIONS: "--max-old-space-size=1024" },
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe(path);
  });

  it("refuses whitespace-only text and empty standard input", () => {
    writeFileSync(join(dir, "blank.txt"), "  \n\t\n");
    expect(runCli(["parse", join(dir, "blank.txt")]).stderr).toContain(
      "blank.txt: empty file (only whitespace)",
    );
    const r = runCli(["parse", "-"], { input: "" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("minsheng: <stdin>: empty input\n");
    expect(r.stdout).toBe("[]\n");
  });

  it("refuses a .docx and an .xlsx that are not what their names say, naming them", () => {
    writeFileSync(join(dir, "fake.docx"), "plain text");
    writeFileSync(join(dir, "fake.xlsx"), "plain text");
    const r = runCli(["parse", join(dir, "fake.docx"), join(dir, "fake.xlsx"), SEED]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/fake\.docx: not a readable Word \.docx file/);
    expect(lines[1]).toMatch(/fake\.xlsx: not a readable Excel \.xlsx file/);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it("refuses a PDF whose text is replacement characters rather than parsing garbage", () => {
    expect(textLayerProblem("\ufffd\ufffd\ufffd \ue001\ue002 年")).toMatch(
      /^PDF text is unreadable \(83% replacement characters/,
    );
    expect(textLayerProblem("  ")).toMatch(/no text layer/);
    expect(textLayerProblem("大兴区2024年度市实事任务进展情况")).toBeNull();
  });
});
