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

describe("cellPerLine on a table with a 备注 column", () => {
  const text = [
    "房山区2025年度市实事任务进展情况",
    "",
    "序号",
    "任务内容",
    "主责单位",
    "完成时限",
    "备注",
    "",
    "1",
    "新建社区卫生服务站2个。",
    "区卫生健康委",
    "2025-12-31",
    "已投入使用",
    "",
    "2",
    "更新智能电表1.5万块。",
    "区城市管理委",
    "2025-12-31",
    "",
  ].join("\n");
  const doc = parseText(text, { path: "notes.txt" });

  it("reads the rows and says that the 备注 cells are read into no field", () => {
    expect(doc.sections[0]?.tasks.map((t) => t.text)).toEqual([
      "新建社区卫生服务站2个。",
      "更新智能电表1.5万块。",
    ]);
    const unread = doc.diagnostics.filter((d) => d.code === "column_unread");
    expect(unread.map((d) => d.line)).toEqual([13]);
    expect(unread[0]?.message).toContain("已投入使用");
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("cellPerLine on a header naming columns the parser does not know", () => {
  const text = readFileSync(new URL("./fixtures/unknown-columns.txt", import.meta.url), "utf8");
  const doc = parseText(text, { path: "unknown-columns.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];

  it("keeps every known column in its place, an unknown name inside or last", () => {
    expect(
      tasks.map((t) => [
        t.seq,
        t.text,
        t.units[0]?.name,
        t.deadline?.date,
        t.progress?.status,
        t.progress?.text,
      ]),
    ).toEqual([
      [1, "新建社区卫生服务站2个。", "区卫生健康委", "2025-12-31", "completed", "建成社区卫生服务站2个。"],
      [2, "更新智能电表1.5万块。", "区城市管理委", "2025-12-31", "in-progress", "已更换智能电表9000块。"],
    ]);
  });

  it("says which columns were read into no field", () => {
    const unread = doc.diagnostics.filter((d) => d.code === "column_unread").map((d) => d.message);
    expect(unread).toHaveLength(2);
    expect(unread[0]).toContain("督办意见");
    expect(unread[1]).toContain("存在问题");
    expect(doc.diagnostics.filter((d) => d.severity !== "info" && d.code !== "column_unread")).toEqual([]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("cellPerLine on a progress column per period", () => {
  const text = readFileSync(new URL("./fixtures/period-columns.txt", import.meta.url), "utf8");
  const doc = parseText(text, { path: "period-columns.txt" });
  const s = doc.sections[0];
  const tasks = s?.tasks ?? [];

  it("reads the latest period's column as the progress, and the period from it", () => {
    expect(tasks.map((t) => t.progress?.text)).toEqual(["新增托位260个", "完工3个"]);
    expect(s?.period).toEqual({ year: 2024, span: "Q1-Q3", asOf: "2024-09-30" });
  });

  it("says the two earlier columns were not read", () => {
    const unread = doc.diagnostics.filter((d) => d.code === "column_unread").map((d) => d.message);
    expect(unread).toHaveLength(2);
    expect(unread[0]).toContain("一季度进展");
    expect(unread[1]).toContain("上半年进展");
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});
