import { describe, expect, it } from "vitest";
import { byFirstChar, byLastChar, filedUnder, wordAt, wordEndingAt, type WordIndex } from "./wordIndex";

describe("wordIndex", () => {
  it("runs the @examples", () => {
    const index: WordIndex<string> = byFirstChar(["以上", "以下"]);
    expect(index.size).toBe(1);
    expect(byFirstChar(["以上", "以下", "左右"]).get("以".charCodeAt(0))).toEqual(["以上", "以下"]);
    expect(byLastChar(["低于", "大于", "超过"]).get("于".charCodeAt(0))).toEqual(["低于", "大于"]);
    expect(filedUnder(byFirstChar(["以上", "左右"]), "左".charCodeAt(0))).toEqual(["左右"]);
    expect(wordAt(byFirstChar(["以上", "以下"]), "4万个以下", 3)).toBe("以下");
    expect(wordEndingAt(byLastChar(["不超过", "超过"]), "不超过5人", 3)).toBe("不超过");
    expect(wordEndingAt(byLastChar(["不超过", "超过"]), "不超过5人", 3, 1)).toBe("超过");
  });

  it("keeps the order of the list within a character, so the first word listed wins", () => {
    const longestFirst = byFirstChar(["人次", "人"]);
    expect(wordAt(longestFirst, "100人次", 3)).toBe("人次");
    expect(wordAt(byFirstChar(["人", "人次"]), "100人次", 3)).toBe("人");
    expect(wordEndingAt(byLastChar(["超过", "不超过"]), "不超过5人", 3)).toBe("超过");
  });

  it("files records under the word they hold", () => {
    const records = [
      { word: "约", comparator: "~" },
      { word: "大约", comparator: "~" },
    ];
    expect(byLastChar(records, (r) => r.word).get("约".charCodeAt(0))).toEqual(records);
  });

  it("finds nothing past the ends of the text, or where no word is written", () => {
    const index = byFirstChar(["以上"]);
    expect(wordAt(index, "以上", 2)).toBeNull();
    expect(wordAt(index, "以", 0)).toBeNull();
    expect(wordEndingAt(byLastChar(["以上"]), "以上", 0)).toBeNull();
    expect(filedUnder(index, Number.NaN)).toEqual([]);
  });
});
