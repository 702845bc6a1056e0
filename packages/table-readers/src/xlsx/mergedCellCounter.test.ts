import fc from "fast-check";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";

/** Cases per property: 10,000 in CI (FC_NUM_RUNS), fewer locally. */
const RUNS = Number(process.env.FC_NUM_RUNS ?? 100);
import { mergedCellCounter } from "./mergedCellCounter";

/** The cells counted over `chunks`, read one after another. */
function countOver(chunks: readonly Uint8Array[]): number {
  const counter = mergedCellCounter();
  for (const c of chunks) counter.read(c);
  return counter.cells();
}

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
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (pieces, cuts) => {
          const bytes = strToU8(pieces.join(""));
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
          expect(countOver(chunks)).toBe(countOver([bytes]));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("reads a range cut in the middle of a character's bytes or between its own characters", () => {
    const bytes = strToU8('合并<mergeCell ref="A1:J10"/>合并');
    for (let cut = 0; cut <= bytes.length; cut++)
      expect(countOver([bytes.subarray(0, cut), bytes.subarray(cut)])).toBe(100);
  });
});
