import fc from "fast-check";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { countOver as countWith, expectSameHoweverCut } from "../../test/chunks";

import { mergedCellCounter } from "./mergedCellCounter";

const countOver = (chunks: readonly Uint8Array[]): number => countWith(mergedCellCounter, chunks);

describe("mergedCellCounter", () => {
  it("counts each range's cells, whatever its corners' order, and skips refs that are no range (nor a single cell)", () => {
    const xml = '<mergeCell ref="A1:B2"/><mergeCell ref="C5:C3"/><mergeCell ref="bad"/><mergeCell ref="D4"/>';
    expect(countOver([strToU8(xml)])).toBe(4 + 3);
  });

  it("counts the same however the XML is cut into chunks, a range cut anywhere read once (property)", () => {
    const piece = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }))
        .map(([a, b]) => `<mergeCell ref="A${a}:C${b}"/>`),
      fc.constantFrom(
        "<mergeCells>",
        "</mergeCells>",
        '"',
        "<",
        "合并",
        " ",
        '<mergeCell ref="',
        "x".repeat(60),
      ),
    );
    expectSameHoweverCut(piece, countOver);
  });

  it("reads a range cut in the middle of a character's bytes or between its own characters", () => {
    const bytes = strToU8('合并<mergeCell ref="A1:J10"/>合并');
    for (let cut = 0; cut <= bytes.length; cut++)
      expect(countOver([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe(100);
  });
});
