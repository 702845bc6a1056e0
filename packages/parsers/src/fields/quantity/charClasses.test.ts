import { describe, expect, it } from "vitest";
import {
  CLAUSE_END_CHARS,
  DIGIT_CHARS,
  LATIN_LETTER_CHARS,
  codeBeforeSpaces,
  codeFlags,
  endsAt,
  flagsAt,
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
  isPointOpenerCode,
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
    expect(DIGIT_CHARS.includes("８")).toBe(true);
    expect(LATIN_LETTER_CHARS.length).toBe(104);
    expect(CLAUSE_END_CHARS.includes("，")).toBe(true);
    expect([isPointOpenerCode("。".charCodeAt(0)), isPointOpenerCode("，".charCodeAt(0))]).toEqual([
      true,
      false,
    ]);
    const table = codeFlags([
      [1, DIGIT_CHARS],
      [2, "万亿"],
    ]);
    expect([flagsAt(table, "5万", 0), flagsAt(table, "5万", 1), flagsAt(table, "5万", 2)]).toEqual([1, 2, 0]);
    expect(flagsAt(codeFlags([[1, DIGIT_CHARS]]), "第5", 1)).toBe(1);
    expect(String.fromCharCode(codeBeforeSpaces("第 1 项", 2, 2))).toBe("第");
  });

  it("lists the same characters as the classes it names", () => {
    const inClass = (test: (code: number) => boolean): string => {
      let chars = "";
      for (let code = 0; code < 0x10000; code++) if (test(code)) chars += String.fromCharCode(code);
      return chars;
    };
    const sorted = (chars: string): string => [...chars].sort().join("");
    expect(sorted(DIGIT_CHARS)).toBe(sorted(inClass(isDigitCode)));
    expect(sorted(LATIN_LETTER_CHARS)).toBe(sorted(inClass(isLatinLetterCode)));
    expect(sorted(CLAUSE_END_CHARS)).toBe(sorted(inClass(isClauseEndCode)));
  });

  it("fills a range of a table of flags, then adds the characters to it", () => {
    const table = codeFlags([[2, "一x"]], [1, 0x4e00, 0x4e01]);
    expect([..."一丁七x"].map((_, k) => flagsAt(table, "一丁七x", k))).toEqual([3, 1, 0, 2]);
    expect([flagsAt(table, "一", -1), flagsAt(table, "一", 1)]).toEqual([0, 0]);
  });

  it("reads the character before at most `max` spaces, as skipSpacesBack then charCodeAt", () => {
    for (const text of ["第 1", "第  1", "第   1", "  1", "1", "", "第\u30001"])
      for (let at = 0; at <= text.length + 1; at++)
        for (const max of [0, 1, 2, 3])
          expect(codeBeforeSpaces(text, at, max)).toEqual(text.charCodeAt(skipSpacesBack(text, at, max) - 1));
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
