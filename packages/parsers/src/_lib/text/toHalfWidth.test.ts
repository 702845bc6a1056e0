import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHalfWidth } from "./toHalfWidth";

describe("toHalfWidth", () => {
  it("unifies full-width forms with half-width ones", () => {
    expect(toHalfWidth("完成时限：（一）１２")).toBe("完成时限:(一)12");
    expect(toHalfWidth("主责单位\u3000区教委")).toBe("主责单位 区教委");
  });

  it("keeps the length, so indices in the result are indices in the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(toHalfWidth(s)).toHaveLength(s.length);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) },
    );
  });
});
