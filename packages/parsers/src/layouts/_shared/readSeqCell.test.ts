import { describe, expect, it } from "vitest";
import { readSeqCell } from "./readSeqCell";

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
