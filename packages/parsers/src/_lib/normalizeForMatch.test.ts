import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeForMatch } from "./normalizeForMatch";

describe("normalizeForMatch", () => {
  it("unifies full-width forms with half-width ones", () => {
    expect(normalizeForMatch("完成时限：（一）１２")).toBe("完成时限:(一)12");
    expect(normalizeForMatch("主责单位\u3000区教委")).toBe("主责单位 区教委");
  });

  it("agrees with NFKC on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(normalizeForMatch(s)).toBe(s.normalize("NFKC"));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) },
    );
  });
});
