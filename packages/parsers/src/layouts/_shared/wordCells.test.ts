import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ColumnRole } from "./columnRoles";
import { wordHeaderCells, wordRowCells } from "./wordCells";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);
const ROLES: (ColumnRole | null)[] = ["seq", "text", "lead", "assist", "deadline"];

describe("wordHeaderCells", () => {
  it("reads a header of known column names separated by single spaces", () => {
    expect(wordHeaderCells("序号 任务名称 牵头单位 配合单位 完成时间")).toEqual([
      "序号",
      "任务名称",
      "牵头单位",
      "配合单位",
      "完成时间",
    ]);
  });

  it.each([
    ["a row", "1 新建社区卫生服务站3个 区卫健委 各街道 2024年12月"],
    ["a header with an unknown name", "序号 任务名称 牵头单位 督办意见"],
    ["two names", "序号 任务名称"],
    ["names with neither the text nor the seq", "牵头单位 配合单位 完成时间"],
    ["a sentence", "完成时限 以各单位报送为准"],
  ])("takes no header from %s", (_name, text) => {
    expect(wordHeaderCells(text)).toBeNull();
  });
});

describe("wordRowCells", () => {
  it("takes the words for the cells when they match the columns in number", () => {
    expect(wordRowCells("1 新建社区卫生服务站3个 区卫健委 各街道 2024年12月", ROLES)).toEqual({
      cells: ["1", "新建社区卫生服务站3个", "区卫健委", "各街道", "2024年12月"],
      words: 5,
      guessed: false,
    });
  });

  it("joins the extra words to the task text, saying it guessed", () => {
    expect(wordRowCells("2 新增 3 岁以下普惠托位 500 个 区卫健委 区教委 2024年12月", ROLES)).toEqual({
      cells: ["2", "新增 3 岁以下普惠托位 500 个", "区卫健委", "区教委", "2024年12月"],
      words: 9,
      guessed: true,
    });
  });

  it("leaves the assisting column empty first when words are missing", () => {
    expect(wordRowCells("3 新增公共停车位2000个 区交通委 2024年10月", ROLES)).toEqual({
      cells: ["3", "新增公共停车位2000个", "区交通委", "", "2024年10月"],
      words: 4,
      guessed: true,
    });
  });

  it("always gives one cell per column, and loses no word", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("1", "新增托位", "区教委", "2024年", "各街道", "x"), {
          minLength: 1,
          maxLength: 12,
        }),
        (words) => {
          const { cells } = wordRowCells(words.join(" "), ROLES);
          expect(cells).toHaveLength(ROLES.length);
          expect(cells.filter(Boolean).join(" ")).toBe(words.join(" "));
        },
      ),
      { numRuns },
    );
  });
});
