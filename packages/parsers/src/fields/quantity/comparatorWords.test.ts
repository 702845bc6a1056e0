import { describe, expect, it } from "vitest";
import {
  COMPARATOR_LAST_CHARS,
  comparatorEndingAt,
  findComparatorAfter,
  findComparatorBefore,
} from "./comparatorWords";

describe("comparatorWords", () => {
  it("runs the @examples", () => {
    expect(findComparatorBefore("不少于 800 人", 4)).toEqual({ comparator: ">=", start: 0, adjacent: true });
    expect(findComparatorAfter("20期以上", 3)).toEqual({ comparator: ">=", end: 5 });
    expect(COMPARATOR_LAST_CHARS.includes("于")).toBe(true);
    expect([
      comparatorEndingAt("不少于 800 人", 3, true),
      comparatorEndingAt("新签约 1600 张", 3, true),
    ]).toEqual([{ comparator: ">=", start: 0, adjacent: true }, null]);
  });

  it("keeps the words that must touch the figure from standing further off", () => {
    expect(comparatorEndingAt("低于全市平均值的 5 个", 2, false)).toBeNull();
    expect(comparatorEndingAt("至少开展两次", 2, false)).toEqual({
      comparator: ">=",
      start: 0,
      adjacent: false,
    });
  });

  it.each([
    { input: "不超过50人", at: 3, want: "<=" },
    { input: "超过50人", at: 2, want: ">" },
    { input: "约 50 人", at: 2, want: "~" },
    { input: "至少开展两次", at: 4, want: ">=" },
    { input: "力争达到17个", at: 4, want: "=" },
  ])("reads the comparator of $input", ({ input, at, want }) => {
    expect(findComparatorBefore(input, at)?.comparator).toBe(want);
  });

  it.each([
    { input: "新签约 1600 张", at: 4, why: "签约 is not 约" },
    { input: "帮助残疾人就近 5 个", at: 8, why: "就近 is not 近" },
    { input: "不少于，5 个", at: 4, why: "a clause ends between" },
    { input: "不少于 3 处、5 个", at: 9, why: "another figure stands between" },
    { input: "低于全市平均值的 5 个", at: 9, why: "低于 must touch the figure" },
  ])("finds no comparator in $input: $why", ({ input, at }) => {
    expect(findComparatorBefore(input, at)).toBeNull();
  });
});
