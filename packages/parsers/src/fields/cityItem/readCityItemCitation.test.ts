import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  programmeOfTitle,
  readCityItemCitation,
  readSourceCellCitation,
  readTrailingCityItemCitation,
} from "./readCityItemCitation";

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

describe("readTrailingCityItemCitation", () => {
  it.each([
    ["新增普惠托位1000个（对应市级第1项）", "livelihood", 1, "新增普惠托位1000个"],
    ["建设老年助餐点15个(市级第五项)。", "livelihood", 5, "建设老年助餐点15个"],
    ["推进核心区控规（落实市重点任务第 8 项）", "work-report", 8, "推进核心区控规"],
    ["建设口袋公园（市实事第３项）", "livelihood", 3, "建设口袋公园"],
  ])("reads “%s” as %s %i", (text, programme, number, rest) => {
    expect(readTrailingCityItemCitation(text, "livelihood")).toMatchObject({ programme, number, rest });
  });

  it("reads 市级 as the programme it is given, and not at all without one", () => {
    expect(readTrailingCityItemCitation("推进核心区控规（对应市级第8项）", "work-report")?.programme).toBe(
      "work-report",
    );
    expect(readTrailingCityItemCitation("推进核心区控规（对应市级第8项）", null)).toBeNull();
    // a citation that names its programme needs none from the title
    expect(readTrailingCityItemCitation("建设口袋公园（市实事第3项）", null)?.programme).toBe("livelihood");
  });

  it("reads no citation inside the text, unbracketed, or of no positive number", () => {
    expect(readTrailingCityItemCitation("落实市实事第1项要求，新增托位", "livelihood")).toBeNull();
    expect(readTrailingCityItemCitation("新增托位（市实事第1项）并提升服务", "livelihood")).toBeNull();
    expect(readTrailingCityItemCitation("新增托位 市实事第1项", "livelihood")).toBeNull();
    expect(readTrailingCityItemCitation("新增托位（市实事第0项）", "livelihood")).toBeNull();
    expect(readTrailingCityItemCitation("新增托位（含3个街道）", "livelihood")).toBeNull();
  });

  it("never throws, and keeps the text before the citation as its rest", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const got = readTrailingCityItemCitation(text, "livelihood");
        if (got) expect(text.startsWith(got.rest)).toBe(true);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) },
    );
  });
});

describe("programmeOfTitle", () => {
  it.each([
    ["平谷区落实2024年市政府重要民生实事项目任务清单", "livelihood"],
    ["顺义区2024年重点工作任务分解表", "work-report"],
    ["市政府工作报告重点任务分工", "work-report"],
    ["关于印发2024年重要民生实事项目和重点任务分工的通知", null],
    ["进展情况表", null],
  ])("reads “%s” as %s", (title, programme) => {
    expect(programmeOfTitle(title)).toBe(programme);
  });
});

describe("readSourceCellCitation", () => {
  it("reads the examples of its documentation", () => {
    expect(readSourceCellCitation("市实事5", null)?.number).toBe(5);
    expect(readSourceCellCitation("对应市级民生实事第12项", null)?.programme).toBe("livelihood");
    expect(readSourceCellCitation("第3项", "work-report")?.programme).toBe("work-report");
    expect(readSourceCellCitation("5", "livelihood")).toBeNull();
  });

  it.each<readonly [string, string, number]>([
    ["市实事 5", "livelihood", 5],
    ["市重点任务8", "work-report", 8],
    ["（市实事第十二项）", "livelihood", 12],
    ["对应市级第５项", "livelihood", 5],
    ["市民生实事项目第3项", "livelihood", 3],
  ])("reads “%s” as %s %i", (cell, programme, number) => {
    expect(readSourceCellCitation(cell, "livelihood")).toMatchObject({ programme, number, rest: "" });
  });

  it("reads a citation that names no programme only when the document names one", () => {
    expect(readSourceCellCitation("市级第5项", null)).toBeNull();
    expect(readSourceCellCitation("第5项", null)).toBeNull();
  });

  it.each(["—", "", "区级", "市实事", "市民生事第3项", "12345", "第0项", "新增托位5个"])(
    "reads no citation in “%s”",
    (cell) => {
      expect(readSourceCellCitation(cell, "livelihood")).toBeNull();
    },
  );
});
