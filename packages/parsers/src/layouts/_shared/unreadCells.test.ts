import { describe, expect, it } from "vitest";
import type { Diagnostic } from "@minsheng/core";
import type { TaskRecord } from "./types";
import { keepUnread, reportUnread } from "./unreadCells";

const record = (line: number): TaskRecord => ({
  seq: 1,
  cells: {},
  category: null,
  startLine: line,
  endLine: line,
});

describe("keepUnread", () => {
  it("keeps the cells of a column with no role or of 备注, and no other", () => {
    const rec = record(3);
    keepUnread(rec, null, "完成比例", "80%", 3);
    keepUnread(rec, "notes", "备注", "已验收", 3);
    keepUnread(rec, "lead", "主责单位", "区教委", 3);
    keepUnread(rec, null, "督办意见", "", 3);
    keepUnread(rec, undefined, undefined, "多出的一格", 4);
    expect(rec.unread).toEqual([
      { column: "完成比例", text: "80%", line: 3 },
      { column: "备注", text: "已验收", line: 3 },
      { column: "?", text: "多出的一格", line: 4 },
    ]);
  });
});

describe("reportUnread", () => {
  it("says once per column how many tasks hold text in it, quoting the first cell", () => {
    const a = record(3);
    const b = record(5);
    keepUnread(a, null, "督办意见", "加快进度", 3);
    keepUnread(a, null, "督办意见", "（续）", 4);
    keepUnread(b, null, "督办意见", "按期完成", 5);
    keepUnread(b, "notes", "备注", "已验收", 5);
    const said: Omit<Diagnostic, "severity">[] = [];
    reportUnread([a, record(4), b], { report: (d) => void said.push(d) });
    expect(said).toEqual([
      {
        code: "column_unread",
        severity: "warning",
        message:
          "Column “督办意见” is read into no field: 2 tasks hold text in it, the first at line 3: “加快进度”.",
        line: 3,
      },
      {
        code: "column_unread",
        severity: "warning",
        message:
          "Column “备注” is read into no field: 1 task holds text in it, the first at line 5: “已验收”.",
        line: 5,
      },
    ]);
  });

  it("says nothing when every cell was read", () => {
    const said: unknown[] = [];
    reportUnread([record(1), record(2)], { report: (d) => void said.push(d) });
    expect(said).toEqual([]);
  });
});
