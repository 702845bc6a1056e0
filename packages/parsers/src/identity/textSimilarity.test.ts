import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bigramProfile,
  hasWhiteSpace,
  isNfkcStable,
  itemTextHash,
  normalizeItemText,
  profileSimilarity,
  similarityBound,
  stableHash,
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

// The implementations the one-pass paths replaced, kept as references.
const referenceNormalize = (t: string) =>
  t
    .normalize("NFKC")
    .replace(/<[^<>]{0,80}>/g, "")
    .replace(/[\s\p{P}\p{S}]/gu, "");
function referenceHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
const referenceItemHash = (t: string) => {
  const norm = referenceNormalize(t);
  return norm ? referenceHash(norm) : null;
};

// Characters that test the one-pass paths: the common ones, those NFKC changes (full-width,
// compatibility forms, U+3000), those it composes or reorders (marks, Hangul jamo and syllables),
// tags and their full-width brackets, astral characters and lone surrogates.
const tricky = fc.constantFrom(
  ..."新建温馨家园1万个ａ１２ ，。、；（）()“”<>＜＞＜b＞ \u3000\t\n…‥①㈠㍱ﬁ",
  ..."e\u0301\u0308\u0334\u302a\u3099ゝか\uff9e\uff76",
  ..."\u1100\u1161\u11a8가각\u3131\u314f\uffa1\uffc2",
  "\ud83d\ude00",
  "\ud835\udfd9",
  "\ud800",
  "\udc00",
  "\u2028",
  "\ufeff",
  "\u00a0",
  "\u2017",
  "\u0f73",
);
const anyUnit = fc.nat(0xffff).map((c) => String.fromCharCode(c));
const itemLike = fc.string({ unit: fc.oneof(tricky, anyUnit), maxLength: 40 });

describe("the per-character NFKC facts", () => {
  it("rest on composition and reordering touching only marks, Hangul jamo and astral characters", () => {
    // NFKC composes a starter only with a character found after the first place of some canonical
    // decomposition; every such character must be a mark, a Hangul jamo (U+1100–U+11FF) or astral.
    const unexpected: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const d = [...String.fromCodePoint(cp).normalize("NFD")];
      for (const c of d.slice(1)) {
        const code = c.codePointAt(0) as number;
        if (!/\p{M}/u.test(c) && !(code >= 0x1100 && code <= 0x11ff) && code <= 0xffff)
          unexpected.push(cp.toString(16));
      }
    }
    expect(unexpected).toEqual([]);
    // And every other BMP character has combining class 0: canonical ordering never moves it past
    // U+0334 (class 1) or U+0308 (class 230).
    const reordered: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x1100 && c <= 0x11ff) || /\p{M}/u.test(ch)) continue;
      if (ch.normalize("NFD") !== ch) continue; // its decomposition's characters are checked themselves
      for (const probe of [`a${ch}\u0334`, `a\u0308${ch}`])
        if (probe.normalize("NFD") !== probe) reordered.push(c.toString(16));
    }
    expect(reordered).toEqual([]);
  });

  it("make CJK ideographs, read without the table, what NFKC and the item filter make them", () => {
    const wrong: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize("NFKD") !== ch || /[\s\p{P}\p{S}]/u.test(ch)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("key and test every BMP character alone as the reference does", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (
        itemTextHash(ch) !== referenceItemHash(ch) ||
        (isNfkcStable(ch) && ch.normalize("NFKC") !== ch) ||
        hasWhiteSpace(ch) !== /\s/.test(ch)
      )
        wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe("itemTextHash", () => {
  it("is stableHash of the normalised text, null when nothing is left", () => {
    expect(itemTextHash("新增 3 岁以下普惠幼儿托位 1 万个；免费为普惠托育机构提供安全运营保险。")).toBe(
      referenceItemHash("新增 3 岁以下普惠幼儿托位 1 万个；免费为普惠托育机构提供安全运营保险。"),
    );
    expect(itemTextHash("（１）＜b＞温馨家园＜/b＞")).toBe(referenceItemHash("（１）＜b＞温馨家园＜/b＞"));
    expect(itemTextHash("；。 …")).toBeNull();
    expect(itemTextHash("")).toBeNull();
  });

  it("equals the reference on any text", () => {
    fc.assert(
      fc.property(fc.oneof(itemLike, fc.string(), fc.string({ unit: "grapheme" })), (t) => {
        expect(itemTextHash(t)).toBe(referenceItemHash(t));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});

describe("isNfkcStable and hasWhiteSpace", () => {
  it("say true only of text NFKC leaves alone, and find white space as \\s does", () => {
    expect(isNfkcStable("区城市管理委(区城市管理指挥中心)、")).toBe(true);
    expect(isNfkcStable("区城市管理委（区城市管理指挥中心）")).toBe(false);
    expect(isNfkcStable("e\u0301")).toBe(false);
    fc.assert(
      fc.property(fc.oneof(itemLike, fc.string({ unit: "grapheme" })), (t) => {
        if (isNfkcStable(t)) expect(t.normalize("NFKC")).toBe(t);
        expect(hasWhiteSpace(t)).toBe(/\s/.test(t));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});

describe("stableHash", () => {
  it("is 32-bit FNV-1a in eight hex digits, as before", () => {
    expect(stableHash("")).toBe("811c9dc5");
    fc.assert(
      fc.property(fc.oneof(fc.string(), itemLike), (t) => {
        expect(stableHash(t)).toBe(referenceHash(t));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});
