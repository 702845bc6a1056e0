import { describe, expect, it } from "vitest";
import { REGIONS, findIssuer, findRegions, regionByKey } from "../src/index";

describe("the Beijing region table", () => {
  it("holds the city, its 16 districts with GB/T 2260 codes, and the development zone without one", () => {
    expect(REGIONS.filter((r) => r.level === "district")).toHaveLength(16);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(REGIONS.length);
    expect(regionByKey("北京经济技术开发区")?.code).toBe("");
    expect(REGIONS.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.validFrom))).toBe(true);
  });

  it("looks regions up by code, full name and short name", () => {
    expect(regionByKey("110112")?.name).toBe("通州区");
    expect(regionByKey("延庆")?.code).toBe("110119");
    expect(regionByKey("经开区")?.name).toBe("北京经济技术开发区");
    expect(regionByKey("广东")).toBeNull();
  });
});

describe("findIssuer on real title lines of the seeds", () => {
  it.each([
    ["东城区主责项目一季度进展情况表", "东城区"],
    ["北京市通州区人民政府文件", "通州区"],
    ["大兴区2024年度市实事任务进展情况", "大兴区"],
    ["东城区 2023 年重要民生实事完成情况 及东城区 2024 年重要民生实事项目", "东城区"],
    ["2024年通州区重要民生实事项目", "通州区"],
    ["北京市 2024 年办好重要民生实事项目分工方案", "北京市"],
  ])("reads %s as written by %s", (line, want) => {
    expect(findIssuer(line)?.name).toBe(want);
  });

  it("does not take streets, gates and roads named after a district for the district", () => {
    expect(findRegions("朝阳门南、北小街区域环境整治")).toEqual([]);
    expect(findRegions("推进大兴机场会展中心建设")).toEqual([]);
    expect(findRegions("在东城、西城、朝阳、海淀等区推进").map((m) => m.region.short)).toEqual([
      "东城",
      "西城",
      "朝阳",
      "海淀",
    ]);
  });
});
