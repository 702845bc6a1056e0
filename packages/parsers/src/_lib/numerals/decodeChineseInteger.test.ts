import { describe, expect, it } from "vitest";
import { decodeChineseInteger } from "./decodeChineseInteger";

describe("decodeChineseInteger", () => {
  it.each<readonly [string, number | null]>([
    ["一", 1],
    ["十", 10],
    ["十一", 11],
    ["二十", 20],
    ["二十三", 23],
    ["四十一", 41],
    ["一百二十三", 123],
    ["一千零五", 1005],
    ["两万", 20000],
    ["一万五", 15000],
    ["三千五", 3500],
    ["六千八", 6800],
    ["十二万", 120000],
    ["一亿", 1e8],
    ["三亿五千万", 350000000],
    ["二〇二四", 2024],
    ["两", 2],
    ["零", 0],
    ["一百零一", 101],
    ["三千二百七十三亿零一千", 327300001000],
    ["一亿零五百万", 105000000],
    ["九十九", 99],
    ["一万零三千", null],
    ["一千零五十", 1050],
    ["二零二四", 2024],
    ["三四", null],
    ["两三", null],
  ])("reads %s as %s", (word, want) => {
    expect(decodeChineseInteger(word)).toBe(want);
  });

  it("returns null for words that are not integers", () => {
    expect(decodeChineseInteger("")).toBeNull();
    expect(decodeChineseInteger("十十")).toBeNull();
    expect(decodeChineseInteger("十百")).toBeNull();
    expect(decodeChineseInteger("东城")).toBeNull();
  });
});
