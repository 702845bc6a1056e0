import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCityItemCitation } from "./readCityItemCitation";

describe("readCityItemCitation", () => {
  it.each([
    {
      input: "市实事第 1 项： 新增 3 岁以下普惠幼儿托位 1 万个",
      programme: "livelihood",
      number: 1,
      rest: "新增 3 岁以下普惠幼儿托位 1 万个",
    },
    { input: "市民生实事第10项", programme: "livelihood", number: 10, rest: "" },
    {
      input: "市重点任务第8项 启动实施核心区控规",
      programme: "work-report",
      number: 8,
      rest: "启动实施核心区控规",
    },
    {
      input: "市重点任务第 170 项 主城区对农村乡镇学校",
      programme: "work-report",
      number: 170,
      rest: "主城区对农村乡镇学校",
    },
    {
      input: "市重要民生实事第十二项：建设口袋公园",
      programme: "livelihood",
      number: 12,
      rest: "建设口袋公园",
    },
    { input: "市政府工作报告重点任务第３项，推进", programme: "work-report", number: 3, rest: "推进" },
  ])("reads “$input” as $programme $number", ({ input, programme, number, rest }) => {
    expect(readCityItemCitation(input)).toMatchObject({ programme, number, rest });
  });

  it("reads no citation where the text does not start with one", () => {
    expect(readCityItemCitation("新增幼儿托位 600 个")).toBeNull();
    expect(readCityItemCitation("落实市实事第 1 项要求")).toBeNull();
    expect(readCityItemCitation("市实事第 0 项")).toBeNull();
  });

  it("reads back any number it is given", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(readCityItemCitation(`市实事第 ${n} 项：文字`)?.number).toBe(n);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) },
    );
  });
});
