import { describe, expect, it } from "vitest";
import {
  endsAt,
  includesCode,
  isAnySpaceCode,
  isChineseNumberBodyCode,
  isChineseNumberStartCode,
  isClauseEndCode,
  isDigitCode,
  isEnclosingMarkCode,
  isHorizontalSpaceCode,
  isLatinLetterCode,
  isNumberStartCode,
  isRangeSeparatorCode,
  skipSpaces,
  skipSpacesBack,
  skipToNumberOrMark,
} from "./charClasses";

describe("charClasses", () => {
  it("runs the @examples", () => {
    expect(skipSpaces("1 万个", 1, 3, false)).toBe(2);
    expect(skipSpacesBack("第 1 项", 2, 3)).toBe(1);
    expect(endsAt("不少于800人", 3, "不少于")).toBe(true);
    expect(isDigitCode("８".charCodeAt(0))).toBe(true);
    expect(isLatinLetterCode("G".charCodeAt(0))).toBe(true);
    expect(isHorizontalSpaceCode(0x3000)).toBe(true);
    expect(isAnySpaceCode("\n".charCodeAt(0))).toBe(true);
    expect(isClauseEndCode("，".charCodeAt(0))).toBe(true);
    expect(isChineseNumberStartCode("两".charCodeAt(0))).toBe(true);
    expect(isChineseNumberBodyCode("万".charCodeAt(0))).toBe(true);
    expect([
      isNumberStartCode("7".charCodeAt(0)),
      isNumberStartCode("三".charCodeAt(0)),
      isNumberStartCode("万".charCodeAt(0)),
    ]).toEqual([true, true, false]);
    expect(isEnclosingMarkCode("《".charCodeAt(0))).toBe(true);
    expect(includesCode("享同建", "同".charCodeAt(0))).toBe(true);
    expect(isRangeSeparatorCode("至".charCodeAt(0))).toBe(true);
    expect(skipToNumberOrMark("共有“五个”", 0)).toBe(2);
  });

  it("finds no code past the ends of the text in a set of characters, and no range separator", () => {
    expect(includesCode("享同建", "".charCodeAt(0))).toBe(false);
    expect(includesCode("", "同".charCodeAt(0))).toBe(false);
    expect(isRangeSeparatorCode("".charCodeAt(0))).toBe(false);
    expect([..."-－—–~～至到/"].every((ch) => isRangeSeparatorCode(ch.charCodeAt(0)))).toBe(true);
    expect(isRangeSeparatorCode("、".charCodeAt(0))).toBe(false);
  });

  it("skips to the next number start or quote or title mark, or to the end", () => {
    expect(skipToNumberOrMark("开展3次", 0)).toBe(2);
    expect(skipToNumberOrMark("开展两次", 0)).toBe(2);
    expect(skipToNumberOrMark("见《条例》", 0)).toBe(1);
    expect(skipToNumberOrMark("万人发案率", 0)).toBe(5);
    expect(skipToNumberOrMark("3个", 1)).toBe(2);
  });

  it("puts the codes past the ends of the text (NaN) in no class", () => {
    const past = "".charCodeAt(0);
    expect(
      [
        isDigitCode,
        isLatinLetterCode,
        isHorizontalSpaceCode,
        isAnySpaceCode,
        isClauseEndCode,
        isChineseNumberStartCode,
        isChineseNumberBodyCode,
        isNumberStartCode,
      ].map((test) => test(past)),
    ).toEqual(Array(8).fill(false));
    expect(isEnclosingMarkCode(past)).toBe(false);
  });

  it("puts every quote and title mark, and nothing else nearby, among the enclosing marks", () => {
    expect([...'"“”〈〉《》「」『』'].every((ch) => isEnclosingMarkCode(ch.charCodeAt(0)))).toBe(true);
    expect([..."【】（）'‘’"].some((ch) => isEnclosingMarkCode(ch.charCodeAt(0)))).toBe(false);
  });

  it("bounds the spaces it skips, so long runs cost nothing", () => {
    const spaces = " ".repeat(10_000);
    expect(skipSpaces(`1${spaces}万`, 1, 3, false)).toBe(4);
    expect(skipSpacesBack(`${spaces}1`, 10_000, 2)).toBe(9_998);
    expect(skipSpaces("1\n\n万", 1, 4, false)).toBe(1);
    expect(skipSpaces("1\n\n万", 1, 4, true)).toBe(3);
  });

  it("tells digits, letters and spaces apart from CJK", () => {
    const code = (ch: string) => ch.charCodeAt(0);
    expect([
      isDigitCode(code("万")),
      isDigitCode(code("")),
      isLatinLetterCode(code("万")),
      isHorizontalSpaceCode(code("\n")),
      isClauseEndCode(code("、")),
    ]).toEqual([false, false, false, false, false]);
  });
});
