import fc from "fast-check";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { expectSameHoweverCut } from "../../test/chunks";
import { chunkedSearch, latin1 } from "./chunkedSearch";

/** Every match of `pattern` over `chunks` read in order, as `index:text` of the whole. */
function matchesOver(pattern: RegExp, overlap: number, chunks: readonly Uint8Array[]): string[] {
  const found: string[] = [];
  const read = chunkedSearch(pattern, overlap, (m) => found.push(m[0]));
  for (const c of chunks) read(latin1(c));
  return found;
}

describe("chunkedSearch", () => {
  const TAG = /<t k="([a-z]{1,8})"\/>/g;

  it("finds a match cut between chunks once, whole, and reads bytes as characters one by one", () => {
    const bytes = strToU8('中<t k="ab"/>文<t k="c"/>');
    for (let cut = 0; cut <= bytes.length; cut++)
      expect(matchesOver(TAG, 32, [bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual([
        '<t k="ab"/>',
        '<t k="c"/>',
      ]);
  });

  it("finds what one search of the whole finds, however the text is cut (property)", () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[a-z]{1,8}$/).map((k) => `<t k="${k}"/>`),
      fc.constantFrom("<t", ' k="', '"', "/>", "汉字", " ", "z".repeat(40)),
    );
    expectSameHoweverCut(piece, (chunks) => matchesOver(TAG, 32, chunks));
  });
});
