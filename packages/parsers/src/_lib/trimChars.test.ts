import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasCode, trimChars, trimCharsEnd } from "./trimChars";

// The versions that asked `chars.includes(s[i])`, kept as the reference.
function referenceTrimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a] as string)) a++;
  while (b > a && chars.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

function referenceTrimCharsEnd(s: string, chars: string): string {
  let b = s.length;
  while (b > 0 && chars.includes(s[b - 1] as string)) b--;
  return s.slice(0, b);
}

// Strings and sets drawn from one small alphabet, so that trimming happens; surrogate halves
// included, whose units match as `includes` matches them.
const unit = fc.constantFrom(..."、，,；;:：。区卫 ", "\ud83d\ude00", "\ud83d", "\ude00", "");
const text = fc.oneof(fc.string({ unit, maxLength: 12 }), fc.string());
const chars = fc.string({ unit, maxLength: 6 });

describe("trimChars and trimCharsEnd", () => {
  it("trim the given characters from the ends", () => {
    expect(trimChars("、，区卫健委。；", "、，,；;:：。")).toBe("区卫健委");
    expect(trimCharsEnd("区卫健委。；", "。;；")).toBe("区卫健委");
    expect(trimChars("", "。")).toBe("");
  });

  it("trim as the reference on any string and set", () => {
    fc.assert(
      fc.property(text, chars, (s, c) => {
        expect(trimChars(s, c)).toBe(referenceTrimChars(s, c));
        expect(trimCharsEnd(s, c)).toBe(referenceTrimCharsEnd(s, c));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});

describe("hasCode", () => {
  it("finds a code unit as includes finds its one-unit string", () => {
    fc.assert(
      fc.property(
        chars,
        fc.oneof(fc.nat(0xffff), fc.constantFrom(0x3001, 0x2c, 0xd83d, 0xde00)),
        (c, code) => {
          expect(hasCode(c, code)).toBe(c.includes(String.fromCharCode(code)));
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});
