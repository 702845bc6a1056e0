import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bigramProfile,
  normalizeItemText,
  profileSimilarity,
  similarityBound,
  textSimilarity,
} from "./textSimilarity";

const runs = Number(process.env.FC_NUM_RUNS ?? 200);
const cjk = fc.string({
  unit: fc.constantFrom(..."新建温馨家园残疾人康复教育服务托位普惠幼儿1万个"),
  maxLength: 30,
});

describe("textSimilarity", () => {
  it("is 1 for equal texts and tolerates a district's small edits", () => {
    const a = normalizeItemText("新增3岁以下普惠幼儿托位1万个；免费为普惠托育机构提供安全运营保险。");
    const b = normalizeItemText("新增普惠幼儿托位1万个，免费为普惠托育机构提供安全运营保险");
    expect(textSimilarity(a, a)).toBe(1);
    expect(textSimilarity(a, b)).toBeGreaterThan(0.8);
    expect(textSimilarity(a, normalizeItemText("新建50个温馨家园"))).toBeLessThan(0.3);
  });

  it("gives the same figure from profiles built beforehand, never above the length bound", () => {
    fc.assert(
      fc.property(cjk, cjk, (a, b) => {
        const s = profileSimilarity(bigramProfile(a), bigramProfile(b));
        expect(s).toBe(textSimilarity(a, b));
        expect(s).toBeLessThanOrEqual(similarityBound(a, b) + 1e-12);
      }),
      { numRuns: runs },
    );
  });
});

describe("normalizeItemText", () => {
  // The character-by-character removal must drop exactly what the Unicode-property class drops.
  const reference = (t: string) =>
    t
      .normalize("NFKC")
      .replace(/<[^<>]{0,80}>/g, "")
      .replace(/[\s\p{P}\p{S}]/gu, "");

  it("drops spaces, punctuation and symbols as the Unicode classes say, astral characters too", () => {
    expect(normalizeItemText("“新建 50 个<b>温馨家园</b>”，😀𝟙。")).toBe(
      reference("“新建 50 个<b>温馨家园</b>”，😀𝟙。"),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })),
        (t) => normalizeItemText(t) === reference(t),
      ),
      { numRuns: runs },
    );
  });
});
