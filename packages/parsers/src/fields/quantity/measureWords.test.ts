import { describe, expect, it } from "vitest";
import { MEASURE_WORDS, matchMeasureWord } from "./measureWords";

describe("matchMeasureWord", () => {
  it("runs the @examples", () => {
    expect(MEASURE_WORDS.includes("批次")).toBe(true);
    expect(matchMeasureWord("1600 张养老家庭照护床位", 5)).toEqual({ word: "张", end: 6 });
  });

  it.each([
    { input: "人次", want: "人次" },
    { input: "平方公里", want: "平方公里" },
    { input: "平方米", want: "平方米" },
    { input: "亩次", want: "亩次" },
    { input: "大类食品", want: "大类" },
    { input: "％", want: "%" },
    { input: "个百分点", want: "个百分点" },
  ])("takes the longest measure word in $input", ({ input, want }) => {
    expect(matchMeasureWord(input, 0)?.word).toBe(want);
  });

  it.each([
    "项目",
    "户外",
    "台账",
    "所有",
    "场所",
    "人民",
    "名单",
    "期间",
    "条件",
    "米线",
    "个月",
    "个工作日",
    "岁",
    "年",
  ])("finds no measure word at the start of %s", (input) => {
    expect(matchMeasureWord(input, 0)).toBeNull();
  });
});
