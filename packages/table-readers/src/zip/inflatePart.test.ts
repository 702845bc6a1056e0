import fc from "fast-check";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { inflatePart } from "./inflatePart";
import { zipParts, type ZipPart } from "./zipParts";

/** Every chunk of a part, joined. */
function inflateAll(zip: Uint8Array, part: ZipPart): { bytes: Uint8Array; done: boolean } {
  const chunks: Uint8Array[] = [];
  const done = inflatePart(zip, part, (c) => (chunks.push(c.slice()), true));
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) bytes.set(c, (at += c.length) - c.length);
  return { bytes, done };
}

describe("inflatePart", () => {
  it("hands over what fflate unzips, stored or deflated, at any level (property)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 100_000 }),
        fc.constantFrom(0, 1, 6, 9) as fc.Arbitrary<0 | 1 | 6 | 9>,
        (data, level) => {
          const zip = zipSync({ "a.bin": [data, { level }] });
          const part = zipParts(zip)?.[0] as ZipPart;
          const { bytes, done } = inflateAll(zip, part);
          expect(done).toBe(true);
          expect(bytes).toEqual(unzipSync(zip)["a.bin"]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("stops when the reader has seen enough, a step after, having inflated little of a large part", () => {
    // bytes of an LCG: they hardly compress, so one step of compressed bytes inflates to about one step
    const data = new Uint8Array(8 * 2 ** 20);
    for (let i = 0, x = 1; i < data.length; i++)
      data[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    const zip = zipSync({ "big.xml": [data, { level: 1 }] });
    const part = zipParts(zip)?.[0] as ZipPart;
    let seen = 0;
    expect(inflatePart(zip, part, (c) => (seen += c.length) < 2 ** 20)).toBe(false);
    expect(seen).toBeGreaterThanOrEqual(2 ** 20);
    expect(seen).toBeLessThan(2 ** 20 + 2 * 16 * 1024);
  });

  it("gives false for data that is not deflate, and nothing for an unknown method", () => {
    const zip = zipSync({ "a.xml": new Uint8Array(5000).fill(65) });
    const part = zipParts(zip)?.[0] as ZipPart;
    const junk = zip.slice();
    junk.fill(0xff, part.dataStart, part.dataStart + part.compressedSize);
    expect(inflatePart(junk, part, () => true)).toBe(false);
    let called = false;
    expect(inflatePart(zip, { ...part, method: 12 }, () => (called = true))).toBe(true);
    expect(called).toBe(false);
  });
});
