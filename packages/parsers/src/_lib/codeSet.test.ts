import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodeSet } from "./codeSet";
import { hasCode } from "./trimChars";

const runs = { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) };

// Codes near the set's members and their images modulo the table sizes, so that collisions and
// probing happen; NaN and codes outside UTF-16 too.
const code = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.constantFrom(NaN, -1, 0x10000, 0x4e00, 0x4e10, 0x4e20, 0x4e40, 0x10, 0x20, 0x40),
);
const member = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }),
  fc.constantFrom(0x4e00, 0x4e10, 0x4e20, 0x4e40, 0x10),
);
const chars = fc.array(member, { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));

describe("CodeSet", () => {
  it("holds its characters and nothing else", () => {
    const set = new CodeSet("抄主分印联经附（(—－-─");
    for (const c of "抄主分印联经附（(—－-─") expect(set.has(c.charCodeAt(0))).toBe(true);
    for (const c of "新增托位1万个 ") expect(set.has(c.charCodeAt(0))).toBe(false);
    expect(set.has("".charCodeAt(0))).toBe(false);
    expect(new CodeSet("").has(0)).toBe(false);
  });

  it("answers as hasCode on any set and code, colliding codes and NaN included", () => {
    fc.assert(
      fc.property(chars, fc.array(code, { maxLength: 20 }), (cs, codes) => {
        const set = new CodeSet(cs);
        for (const c of [...codes, ...Array.from(cs, (ch) => ch.charCodeAt(0))])
          expect(set.has(c)).toBe(hasCode(cs, c));
      }),
      runs,
    );
  });
});
