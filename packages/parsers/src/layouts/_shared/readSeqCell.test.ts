import { describe, expect, it } from "vitest";
import { isRowNumberCell, readCompoundSeq, readSeqCell } from "./readSeqCell";

describe("readSeqCell", () => {
  it.each([
    ["1", 1],
    [" 12 ", 12],
    ["１２", 12],
    ["（一）", 1],
    ["(四十一)", 41],
    ["3.", 3],
    ["　（四十一）　", 41],
    ["１２３４", 1234],
  ] as const)("reads the seq cell %j as %i", (cell, want) => {
    expect(readSeqCell(cell)).toBe(want);
  });

  it("reads no number from a cell that holds more than a number", () => {
    expect(readSeqCell("1.新增托位")).toBeNull();
    expect(readSeqCell("市民生实事第1项")).toBeNull();
    expect(readSeqCell(undefined)).toBeNull();
    expect(readSeqCell("")).toBeNull();
    expect(readSeqCell("12345")).toBeNull();
    expect(readSeqCell("（四十一）新增")).toBeNull();
  });
});

describe("readCompoundSeq", () => {
  it.each([
    ["1-1", "1-1"],
    [" 2.3 ", "2.3"],
    ["１－２", "1-2"],
    ["1—2", "1—2"],
    ["1-2-3", "1-2-3"],
  ] as const)("reads %j as the compound number %j", (cell, want) => {
    expect(readCompoundSeq(cell)).toBe(want);
  });

  it.each(["12", "1-", "-1", "2024-12-31", "024-12-31", "1-05", "1.新增", "1-1-1-1", "", "区教委"])(
    "reads %j as none",
    (cell) => {
      expect(readCompoundSeq(cell)).toBeNull();
    },
  );

  it("numbers a row by a seq cell or a compound number", () => {
    expect([isRowNumberCell("3"), isRowNumberCell("1-1"), isRowNumberCell("托位")]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
