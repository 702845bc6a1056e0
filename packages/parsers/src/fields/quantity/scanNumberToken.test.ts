import { describe, expect, it } from "vitest";
import { extendArabicToken, readArabicDigits, readChineseToken } from "./scanNumberToken";

describe("scanNumberToken", () => {
  it("runs the @examples", () => {
    expect(readArabicDigits("共 1,234.5 人", 2)).toEqual({
      end: 9,
      integerDigits: 4,
      pointAt: 7,
      tooLong: false,
    });
    expect(extendArabicToken("260 余万居民用户", 0, 3, 3)?.value).toBe(2600000);
    expect(readChineseToken("开展两次", 2).token?.value).toBe(2);
  });

  it.each([
    { input: "1 万个", want: { value: 10000, approximate: false, multiplied: true, text: "1 万" } },
    { input: "8.3\n\n万户", want: { value: 83000, approximate: false, multiplied: true, text: "8.3\n\n万" } },
    { input: "11 万余户", want: { value: 110000, approximate: true, multiplied: true, text: "11 万余" } },
    { input: "8000余台", want: { value: 8000, approximate: true, multiplied: false, text: "8000余" } },
    { input: "700多个", want: { value: 700, approximate: true, multiplied: false, text: "700多" } },
    { input: "5千米", want: { value: 5, approximate: false, multiplied: false, text: "5" } },
    { input: "13万2个", want: { value: 132000, approximate: false, multiplied: true, text: "13万2" } },
    { input: "1.2万3个", want: { value: 12000, approximate: false, multiplied: true, text: "1.2万" } },
    { input: "5万2024年", want: { value: 50000, approximate: false, multiplied: true, text: "5万" } },
  ])("reads the token of $input", ({ input, want }) => {
    const digits = readArabicDigits(input, 0);
    const token = extendArabicToken(input, 0, digits.end, digits.integerDigits);
    expect(
      token && {
        value: token.value,
        approximate: token.approximate,
        multiplied: token.multiplied,
        text: input.slice(0, token.end),
      },
    ).toEqual(want);
  });

  it("marks a run of digits too long to be a number", () => {
    expect(readArabicDigits("9".repeat(50), 0).tooLong).toBe(true);
  });

  it("reads no number from Chinese words that are not one", () => {
    expect(readChineseToken("一二级医疗机构", 0).token).toBeNull();
    expect(readChineseToken("十四五规划", 0).token).toBeNull();
  });
});
