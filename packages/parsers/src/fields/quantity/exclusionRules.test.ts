import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findComparatorBefore } from "./comparatorWords";
import {
  continuesRange,
  isDelta,
  isDeltaOrPlanned,
  isExistingStock,
  isFollowedByNonCountWord,
  isGluedToLetters,
  isHotline,
  isIdiom,
  isOrdinal,
  isPlanned,
  isPointStart,
  isRanking,
  isScope,
  readWordsBefore,
  type WordsBefore,
} from "./exclusionRules";

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 200);

describe("exclusionRules", () => {
  it("runs the @examples", () => {
    expect(isFollowedByNonCountWord("65 岁以上", 2)).toBe(true);
    expect(isGluedToLetters("5G+院前急救", 0, 1)).toBe(true);
    expect(isPointStart("工作。 2.制定方案", 4)).toBe(true);
    expect(isOrdinal("市实事第 1 项", 5)).toBe(true);
    expect(isRanking("投诉量前 100 名的小区", 5, "名")).toBe(true);
    expect(isScope("155平方公里范围内", 7)).toBe(true);
    expect(isHotline("对 12345 市民服务热线", 2, 7)).toBe(true);
    expect(isIdiom("打通“最后一公里”", 5)).toBe(true);
    expect(isDelta("公文 16 件，同比减少 9 件", 13)).toBe(true);
    expect(isExistingStock("充分发挥全区174家养老驿站助餐功能", 6, "家")).toBe(true);
    expect(isPlanned("拟建设 1 家老年护理中心", 4)).toBe(true);
    expect(continuesRange("2-3 岁", 1)).toBe(true);
    expect([isDeltaOrPlanned("拟建设 1 家", 4, true), isDeltaOrPlanned("拟建设 1 家", 4, false)]).toEqual([
      true,
      false,
    ]);
    const before: WordsBefore = { comparator: null, excluded: false };
    expect(readWordsBefore("新增 47 家", 3, false)).toEqual(before);
    expect(readWordsBefore("同比减少不少于 9 件", 8, false)).toEqual({
      comparator: { comparator: ">=", start: 4, adjacent: true },
      excluded: true,
    });
  });

  it("looks for deltas 8 characters back and plans 30, within the clause", () => {
    const after = (word: string, filler: number): [string, number] => [
      `${word}${"工".repeat(filler)}5件`,
      word.length + filler,
    ];
    expect(isDelta(...after("同比", 8))).toBe(true);
    expect(isDelta(...after("同比", 9))).toBe(false);
    expect(isPlanned(...after("计划", 30))).toBe(true);
    expect(isPlanned(...after("计划", 31))).toBe(false);
    expect(isDeltaOrPlanned("计划，完成 3 个", 6, true)).toBe(false);
    expect(isDeltaOrPlanned("同比减少，计划完成 3 个", 10, false)).toBe(false);
    expect(isDeltaOrPlanned("同比计划完成 3 个", 7, false)).toBe(true);
  });

  it("reads the words before a figure as the comparator and the rules read them one by one", () => {
    // words and characters that the walk back stops at or looks for, mixed with plain ones
    const piece = fc.constantFrom(
      ..."不少于,不超过,超过,至少,约,近,签约,就近,低于,逾,力争,达到,同比,较上月,比上年,拟,拟制,计划,按计划,预计,将于,下一步,预期,准备".split(
        ",",
      ),
      ..."，。；：\n 　12３工作新增完成开展户家个人次于过多少为到争取步期年月度比".split(""),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join("")),
        fc.nat(),
        fc.boolean(),
        (text, n, plans) => {
          const start = n % (text.length + 3);
          const comparator = findComparatorBefore(text, start);
          const from = comparator === null ? start : comparator.start;
          const excluded = isDelta(text, from) || (plans && isPlanned(text, from));
          expect(readWordsBefore(text, start, plans)).toEqual({ comparator, excluded });
          expect(isDeltaOrPlanned(text, from, plans)).toBe(excluded);
        },
      ),
      { numRuns: NUM_RUNS * 10 },
    );
  });

  it("keeps what only looks like an exclusion", () => {
    expect(isPointStart("改造3.54公里", 2)).toBe(false);
    expect(isExistingStock("为全区5万燃气用户更换", 3, "")).toBe(false);
    expect(isExistingStock("为辖区内 11 万余户平房区", 5, "户")).toBe(false);
    expect(isPlanned("累计拟制各类公文 800 件", 8)).toBe(false);
    expect(isPlanned("按计划完成 3 个", 6)).toBe(false);
    expect(isPlanned("制定工作计划，完成 3 个", 10)).toBe(false);
    expect(isDelta("同比。完成 3 个", 6)).toBe(false);
    expect(isIdiom("建成 1 个一刻钟便民生活圈", 3)).toBe(false);
    expect(isHotline("完成 12345 件", 3, 8)).toBe(false);
  });
});
