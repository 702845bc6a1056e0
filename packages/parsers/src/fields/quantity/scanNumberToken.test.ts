import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extendArabicToken, plainChineseEnd, readArabicDigits, readChineseToken } from "./scanNumberToken";

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 200);

describe("scanNumberToken", () => {
  it("runs the @examples", () => {
    expect([readArabicDigits("共 1,234.5 人", 2), readArabicDigits("共 2024 年", 2)]).toEqual([
      { end: 9, plainValue: -1, integerDigits: 4, pointAt: 7, tooLong: false },
      { end: 6, plainValue: 2024, integerDigits: 4, pointAt: -1, tooLong: false },
    ]);
    expect(extendArabicToken("260 余万居民用户", 0, readArabicDigits("260 余万居民用户", 0))?.value).toBe(
      2600000,
    );
    expect(readChineseToken("开展两次", 2).token?.value).toBe(2);
    expect([plainChineseEnd("开展两次", 2), plainChineseEnd("十余万人", 0)]).toEqual([3, -1]);
  });

  it("ends a number word without 余/多 where readChineseToken ends it, decoded or not", () => {
    const text = fc
      .array(fc.constantFrom(..."零〇一二两三四五六七八九十百千万亿余多次个人".split("")), { maxLength: 16 })
      .map((chars) => "两" + chars.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const end = plainChineseEnd(t, 0);
        if (end >= 0) expect(end).toBe(readChineseToken(t, 0).end);
        else expect(t.slice(1, 12)).toMatch(/[余多]/u);
      }),
      { numRuns: NUM_RUNS * 5 },
    );
  });

  it("sums the value of plain digits as it reads them, and of nothing else", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9\uFF10-\uFF19]{1,18}(?:[.,][0-9]{0,4})?[个万]?$/u), (t) => {
        const digits = readArabicDigits(t, 0);
        const core = t.slice(0, digits.end);
        const plain = /^[0-9\uFF10-\uFF19]{1,15}$/u.test(core);
        const ascii = core.replace(/[\uFF10-\uFF19]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
        expect(digits.plainValue).toBe(plain ? Number(ascii) : -1);
      }),
      { numRuns: NUM_RUNS * 5 },
    );
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
    const token = extendArabicToken(input, 0, readArabicDigits(input, 0));
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
