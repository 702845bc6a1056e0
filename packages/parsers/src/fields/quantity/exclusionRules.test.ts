import { describe, expect, it } from "vitest";
import {
  continuesRange,
  isDelta,
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
} from "./exclusionRules";

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
