import { readFileSync } from "node:fs";
import { unaccountedLines } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { parseText } from "../src/parseDocument";

describe("a document whose sections need two layouts", () => {
  const text = readFileSync(new URL("./fixtures/mixed-layouts.txt", import.meta.url), "utf8");
  const doc = parseText(text, { path: "mixed-layouts.txt" });

  it("reads the table as a progress section and the list after it as a plan section", () => {
    expect(doc.sections.map((s) => [s.kind, s.layout, s.tasks.length])).toEqual([
      ["progress", "rowTable", 2],
      ["plan", "numberedList", 2],
    ]);
    expect(doc.sections[0]?.period).toEqual({ year: 2025, span: "H1", asOf: "2025-06-30" });
    expect(doc.sections[1]?.tasks.map((t) => t.deadline?.date)).toEqual(["2025-12-31", "2025-11-30"]);
  });

  it("does not glue the second section onto the table's last task", () => {
    expect(doc.sections[0]?.tasks[1]?.progress?.text).toBe("已完成改造12公里。");
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});
