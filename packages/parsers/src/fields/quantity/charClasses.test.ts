import { describe, expect, it } from "vitest";
import {
  endsAt,
  isAnySpace,
  isClauseEnd,
  isDigit,
  isHorizontalSpace,
  isLatinLetter,
  skipSpaces,
  skipSpacesBack,
} from "./charClasses";

describe("charClasses", () => {
  it("runs the @examples", () => {
    expect(isDigit("８")).toBe(true);
    expect(isLatinLetter("G")).toBe(true);
    expect(isHorizontalSpace("\u3000")).toBe(true);
    expect(isAnySpace("\n")).toBe(true);
    expect(isClauseEnd("，")).toBe(true);
    expect(skipSpaces("1 万个", 1, 3, false)).toBe(2);
    expect(skipSpacesBack("第 1 项", 2, 3)).toBe(1);
    expect(endsAt("不少于800人", 3, "不少于")).toBe(true);
  });

  it("bounds the spaces it skips, so long runs cost nothing", () => {
    const spaces = " ".repeat(10_000);
    expect(skipSpaces(`1${spaces}万`, 1, 3, false)).toBe(4);
    expect(skipSpacesBack(`${spaces}1`, 10_000, 2)).toBe(9_998);
    expect(skipSpaces("1\n\n万", 1, 4, false)).toBe(1);
    expect(skipSpaces("1\n\n万", 1, 4, true)).toBe(3);
  });

  it("tells digits, letters and spaces apart from CJK", () => {
    expect([
      isDigit("万"),
      isDigit(undefined),
      isLatinLetter("万"),
      isHorizontalSpace("\n"),
      isClauseEnd("、"),
    ]).toEqual([false, false, false, false, false]);
  });
});
