import { describe, expect, it } from "vitest";
import { headerDepth, joinHeaderRows } from "./headerRows";

describe("joinHeaderRows", () => {
  it("joins header rows", () => {
    expect(
      joinHeaderRows(
        [
          ["序号", "进展", "进展"],
          ["序号", "状态", "说明"],
        ],
        2,
      ),
    ).toEqual(["序号", "进展/状态", "进展/说明"]);
  });

  it("reads only `depth` rows, skips empty parts and covers the widest row", () => {
    expect(
      joinHeaderRows(
        [
          ["A", ""],
          ["", "b", "c"],
          ["x", "y", "z"],
        ],
        2,
      ),
    ).toEqual(["A", "b", "c"]);
  });
});

describe("headerDepth", () => {
  it("spans the rows of a title merged down, and two rows under a group title", () => {
    expect(headerDepth(2, [{ top: 2, left: 3, bottom: 2, right: 4 }], 10)).toBe(2);
    expect(headerDepth(2, [{ top: 2, left: 1, bottom: 4, right: 1 }], 10)).toBe(3);
    expect(headerDepth(2, [{ top: 1, left: 1, bottom: 1, right: 4 }], 10)).toBe(1);
  });

  it("stops at the last row", () => {
    expect(headerDepth(2, [{ top: 2, left: 1, bottom: 9, right: 1 }], 3)).toBe(2);
    expect(headerDepth(3, [{ top: 3, left: 1, bottom: 3, right: 4 }], 3)).toBe(1);
  });
});
