import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lzwEncode, lzwRepeats } from "../../test/helpers/lzw";
import { lzwLength } from "./lzwLength";

const RUNS = Number(process.env.FC_NUM_RUNS ?? 100);

describe("lzwLength", () => {
  it("counts what LZW data decodes to, however repetitive (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), fc.integer({ min: 1, max: 4 }), (data, alphabet) => {
        // fewer distinct bytes make longer strings in the table and more of the KwKwK case
        const squeezed = data.map((b) => b % (alphabet * 2));
        expect(lzwLength(lzwEncode(squeezed), () => true)).toBe(squeezed.length);
      }),
      { numRuns: Math.max(20, RUNS / 10) },
    );
  });

  it("counts 20 MB of one byte from some kilobytes, and stops when asked", () => {
    const bomb = lzwEncode(new Uint8Array(20 * 2 ** 20));
    expect(bomb.length).toBeLessThan(50_000);
    expect(lzwLength(bomb, () => true)).toBe(20 * 2 ** 20);
    expect(lzwLength(bomb, (n) => n < 1000)).toBeLessThan(1200);
  });

  it("counts tables of codes each one byte longer than the last, as a bomb writes them", () => {
    expect(lzwLength(lzwRepeats(0x20, 1), () => true)).toBe(7_359_366);
    expect(lzwLength(lzwRepeats(0x20, 3), () => true)).toBe(3 * 7_359_366);
  });

  it("counts nothing past the end code, and stops at the end of cut data", () => {
    const data = new TextEncoder().encode("新增托位500个，新增托位500个");
    const encoded = lzwEncode(data);
    expect(lzwLength(new Uint8Array([...encoded, 0x80, 0x40, 0x20]), () => true)).toBe(data.length);
    expect(lzwLength(encoded.subarray(0, 5), () => true)).toBeLessThan(data.length);
  });
});
