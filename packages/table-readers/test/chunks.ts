// Shared by the tests of the readers that take a sheet's XML in chunks.
import fc from "fast-check";
import { strToU8 } from "fflate";
import { expect } from "vitest";
import { latin1 } from "../src/xlsx/chunkedSearch";

/** Cases per property: 10,000 in CI (FC_NUM_RUNS), fewer locally. */
export const RUNS = Number(process.env.FC_NUM_RUNS ?? 100);

/** `bytes` cut at each of `cuts` (taken modulo its length + 1), in order; empty chunks included. */
function cutAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
}

/**
 * Property: `read` gives the same over any text made of `piece`s (as UTF-8) cut into chunks
 * anywhere, as over the whole text in one chunk.
 */
export function expectSameHoweverCut<T>(
  piece: fc.Arbitrary<string>,
  read: (chunks: readonly Uint8Array[]) => T,
): void {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 20 }), (pieces, cuts) => {
      const bytes = strToU8(pieces.join(""));
      expect(read(cutAt(bytes, cuts))).toEqual(read([bytes]));
    }),
    { numRuns: RUNS },
  );
}

/** What a fresh counter counts over `chunks`, read one after another. */
export function countOver(
  counter: () => { read(chunk: string): void; cells(): number },
  chunks: readonly Uint8Array[],
): number {
  const c = counter();
  for (const chunk of chunks) c.read(latin1(chunk));
  return c.cells();
}
