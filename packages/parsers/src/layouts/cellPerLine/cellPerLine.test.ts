import { readFileSync } from "node:fs";
import { unaccountedLines } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { parseText } from "../../parseDocument";

describe("cellPerLine on a table flattened to one cell per line without tabs", () => {
  const text = readFileSync(new URL("./fixtures/untabbed-cells.txt", import.meta.url), "utf8");
  const doc = parseText(text, { path: "untabbed-cells.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads each row's cells in the header's order", () => {
    expect(doc.sections[0]?.period).toEqual({ year: 2025, span: "annual", asOf: "2025-12-31" });
    expect(tasks.map((t) => t.seq)).toEqual([1, 2]);
    expect(tasks.map((t) => t.cityItem?.number)).toEqual([3, 7]);
    expect(tasks.map((t) => t.progress?.status)).toEqual(["completed", "in-progress"]);
    expect(tasks[1]?.targets.map((q) => [q.value, q.unit])).toEqual([[15000, "块"]]);
    expect(tasks[1]?.progress?.actuals.map((q) => [q.value, q.unit])).toEqual([[9000, "块"]]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});
