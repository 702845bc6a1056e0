// Properties over the seeds, damaged the ways exports damage documents: lines shuffled, text cut
// mid-line, characters deleted or doubled, tabs lost (cells joined). Whatever the damage, the
// parser returns a valid document that accounts for every non-blank line.
import { parseText } from "@minsheng/parsers";
import fc from "fast-check";
import { describe, it } from "vitest";
import { expectSound, RUNS } from "./expectSound";
import { SEEDS } from "./seedMaterial";

/**
 * A stretch of up to 120 lines of one seed, or (one case in five) the whole seed: keeps the
 * average case a few milliseconds, so 10,000 runs per property stay within a minute.
 */
const excerpt = fc.tuple(fc.nat(SEEDS.length - 1), fc.nat(), fc.nat(), fc.nat(4)).map(([s, a, b, whole]) => {
  const lines = (SEEDS[s] ?? "").split("\n");
  if (whole === 0) return lines;
  const from = a % lines.length;
  return lines.slice(from, from + 1 + (b % 120));
});

type Mutation = (lines: string[]) => string[];

const shuffle: fc.Arbitrary<Mutation> = fc.array(fc.nat(), { maxLength: 40 }).map((swaps) => (lines) => {
  const out = [...lines];
  for (let i = 0; i + 1 < swaps.length; i += 2) {
    const a = (swaps[i] ?? 0) % out.length;
    const b = (swaps[i + 1] ?? 0) % out.length;
    [out[a], out[b]] = [out[b] as string, out[a] as string];
  }
  return out;
});
const truncate: fc.Arbitrary<Mutation> = fc.nat().map((at) => (lines) => {
  const text = lines.join("\n");
  return text.slice(0, text.length ? at % text.length : 0).split("\n");
});
const deleteChars: fc.Arbitrary<Mutation> = fc
  .array(fc.nat(), { minLength: 1, maxLength: 30 })
  .map((ats) => (lines) => {
    let text = lines.join("\n");
    for (const at of ats)
      if (text.length) text = text.slice(0, at % text.length) + text.slice((at % text.length) + 1);
    return text.split("\n");
  });
const duplicateChars: fc.Arbitrary<Mutation> = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 20 })
  .map((ats) => (lines) => {
    let text = lines.join("\n");
    for (const [at, n] of ats) {
      if (!text.length) break;
      const i = at % text.length;
      text = text.slice(0, i) + (text[i] ?? "").repeat(n) + text.slice(i);
    }
    return text.split("\n");
  });
const joinCells: fc.Arbitrary<Mutation> = fc.constantFrom<Mutation>(
  (lines) => lines.map((l) => l.replace(/\t/g, "")),
  (lines) => lines.map((l) => l.replace(/\t/g, " ")),
  (lines) => [lines.join("")],
);
const dropLines: fc.Arbitrary<Mutation> = fc
  .array(fc.nat(), { minLength: 1, maxLength: 20 })
  .map((ats) => (lines) => {
    const drop = new Set(ats.map((a) => a % Math.max(1, lines.length)));
    return lines.filter((_, i) => !drop.has(i));
  });
const crlf: fc.Arbitrary<Mutation> = fc.constantFrom<Mutation>(
  (lines) => [lines.join("\r\n")],
  (lines) => [lines.join("\r")],
);

const mutation = fc.oneof(shuffle, truncate, deleteChars, duplicateChars, joinCells, dropLines, crlf);

describe("parsing damaged seeds", () => {
  it("keeps its invariants on seeds damaged by one to three mutations", () => {
    fc.assert(
      fc.property(excerpt, fc.array(mutation, { minLength: 1, maxLength: 3 }), (lines, mutations) => {
        const text = mutations.reduce((ls, m) => m(ls), lines).join("\n");
        expectSound(parseText(text), text);
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps its invariants on seeds with lines shuffled", () => {
    fc.assert(
      fc.property(excerpt, shuffle, (lines, m) => {
        const text = m(lines).join("\n");
        expectSound(parseText(text), text);
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps its invariants on seeds cut at any point, mid-line included", () => {
    fc.assert(
      fc.property(excerpt, fc.nat(), (lines, at) => {
        const seed = lines.join("\n");
        const text = seed.slice(0, at % (seed.length + 1));
        expectSound(parseText(text), text);
      }),
      { numRuns: RUNS },
    );
  });
});
