import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { validateDocument } from "@minsheng/core";
import { seedPaths, unaccountedLines } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { parseFile } from "../src/node";

const seeds = seedPaths().map((path) => ({
  name: basename(path),
  text: readFileSync(path, "utf8"),
  doc: parseFile(path),
}));
const byPrefix = (p: string) => seeds.find((s) => s.name.startsWith(p))?.doc;

describe.each(seeds)("the seed $name", ({ text, doc }) => {
  it("accounts for every non-blank line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });

  it("validates against the document schema", () => {
    expect(validateDocument(JSON.parse(JSON.stringify(doc))).success).toBe(true);
  });

  it("gives every task a span inside the file and in order", () => {
    const spans = doc.sections.flatMap((s) => s.tasks.map((t) => t.span));
    for (const s of spans) expect(s.endLine).toBeLessThanOrEqual(doc.source.lines);
    const starts = spans.map((s) => s.startLine);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("repairs of conversion artefacts in the seeds", () => {
  it("joins a sentence and a figure split by page breaks", () => {
    const completion = byPrefix("001")?.sections.find((s) => s.kind === "completion");
    expect(completion?.tasks.find((t) => t.seq === 4)?.text).toContain("通过用药咨询、宣教等形式");
    const t8 = completion?.tasks.find((t) => t.seq === 8);
    expect(t8?.progress?.text).toContain("8.3万户");
    expect(t8?.progress?.actuals.map((q) => q.value)).toContain(83000);
  });

  it("removes HTML from cells and turns list items into points", () => {
    const t9 = byPrefix("000")?.sections[0]?.tasks.find((t) => t.seq === 9);
    expect(t9?.text.startsWith("市实事") || t9?.text.includes("<p>")).toBe(false);
    expect(t9?.progress?.points).toHaveLength(6);
    expect(t9?.progress?.text).not.toMatch(/<\/?(?:p|ol)\b/);
  });

  it("reads the 4,500-space line of the notice without losing its deadline", () => {
    const t3 = byPrefix("002")?.sections[0]?.tasks.find((t) => t.seq === 3);
    expect(t3?.deadline).toMatchObject({ date: "2024-12-31", precision: "month" });
  });

  it("reads the notice's signing date, not its printing date", () => {
    expect(byPrefix("002")?.issued).toBe("2024-01-01");
  });

  it("states every 2023 task completed because the report says 24 件实事均按期完成", () => {
    const completion = byPrefix("001")?.sections.find((s) => s.kind === "completion");
    expect(completion?.tasks.every((t) => t.progress?.status === "completed")).toBe(true);
    expect(completion?.tasks[0]?.progress?.statusText).toContain("均按期完成");
  });
});
