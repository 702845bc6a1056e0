import fc from "fast-check";
import { growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { halfWidthCode, toHalfWidth } from "./toHalfWidth";

describe("toHalfWidth", () => {
  it("folds one code as toHalfWidth folds its character", () => {
    const codes = ["（", "\u3000", "中", "１"].map((ch) => halfWidthCode(ch.charCodeAt(0)));
    expect(String.fromCharCode(...codes)).toBe(toHalfWidth("（\u3000中１"));
  });

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

  it("folds each character alone: full-width forms and U+3000, nothing else, lone surrogates kept", () => {
    const one = (c: number) => (c === 0x3000 ? 0x20 : c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
    const unit = fc.oneof(
      fc.constantFrom("\u3000", "１", "（", "～", "！", "\uff00", "\uff5f", "\ud800", "\udc00"),
      fc.nat(0xffff).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20_000 }), (s) => {
        const want = Array.from({ length: s.length }, (_, i) =>
          String.fromCharCode(one(s.charCodeAt(i))),
        ).join("");
        return toHalfWidth(s) === want;
      }),
      { numRuns: Math.min(Number(process.env.FC_NUM_RUNS ?? 200), 2000) },
    );
  });

  it("stays linear on a line of full-width characters only", () => {
    // 128 k characters and up: on shorter lines the timer and a collection of the young generation
    // weigh as much as the work (a CI run read 44 for 8× at 32 k under load).
    expect(growthRatio(toHalfWidth, (n: number) => "（".repeat(n), 2 ** 17)).toBeLessThan(24);
  });
});
