import { describe, expect, it } from "vitest";
import type { ColumnRole } from "./columnRoles";
import { keepLatestPeriodColumn, periodColumnOf } from "./periodColumns";

describe("keepLatestPeriodColumn", () => {
  it("reads the examples of its documentation", () => {
    expect(
      keepLatestPeriodColumn(
        ["seq", "text", "progress", "progress"],
        ["序号", "项目名称", "一季度进展", "二季度进展"],
      ),
    ).toEqual(["seq", "text", null, "progress"]);
  });

  it("keeps the latest whatever the order of the columns", () => {
    const roles: ColumnRole[] = ["text", "progress", "progress", "progress"];
    expect(keepLatestPeriodColumn(roles, ["项目", "全年完成情况", "一季度进展", "前三季度进展"])).toEqual([
      "text",
      "progress",
      null,
      null,
    ]);
  });

  it("leaves a header alone with one dated progress column, or progress columns that state no period", () => {
    const one: (ColumnRole | null)[] = ["text", "progress", "status"];
    expect(keepLatestPeriodColumn(one, ["项目", "一季度进展", "任务进度"])).toBe(one);
    const undated: (ColumnRole | null)[] = ["text", "progress", "progress"];
    expect(keepLatestPeriodColumn(undated, ["项目", "进展情况", "工作进展"])).toBe(undated);
  });

  it("keeps an undated progress column beside dated ones, and columns of other roles", () => {
    expect(
      keepLatestPeriodColumn(
        ["text", "progress", "progress", "progress"],
        ["项目", "进展情况", "一季度进展", "上半年进展"],
      ),
    ).toEqual(["text", "progress", null, "progress"]);
  });
});

describe("periodColumnOf", () => {
  it("reads the examples of its documentation", () => {
    expect(periodColumnOf(["text", null, "progress"], ["项目名称", "一季度进展", "二季度进展"])).toBe(
      "二季度进展",
    );
    expect(periodColumnOf(["text", "progress"], ["项目名称", "进展情况"])).toBeNull();
  });
});
