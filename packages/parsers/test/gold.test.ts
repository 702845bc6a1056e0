import { existsSync, readFileSync } from "node:fs";
import { ROOT, loadGold, scoreGold, seedPaths } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { parseFile, resolveCorpus } from "../src/node";

// The same scoring as ../shared/tools/check-gold.mjs, against the project's copy of the gold, so a
// regression on any seed fails CI.
const docs = resolveCorpus(seedPaths().map((p) => parseFile(p)));
const score = scoreGold(docs, loadGold());
const pct = (field: string) => {
  const t = score.tally[field];
  return t ? t[0] / t[1] : 1;
};

describe("the seeds against their gold answers", () => {
  const structural = Object.keys(score.tally).filter((f) => !f.endsWith("recall"));
  it.each(structural)("gets every “%s” right", (field) => {
    const misses = score.misses.filter((m) => m.startsWith(`${field} @`));
    expect(misses).toEqual([]);
  });

  it("recalls at least 98% of the gold's targets and of its actual figures", () => {
    expect(pct("target recall")).toBeGreaterThanOrEqual(0.98);
    expect(pct("actual recall")).toBeGreaterThanOrEqual(0.98);
  });
});

// The gold is revised when a reading is found wrong; the steering repository's copy, when it sits
// beside the project, is the one to follow.
const sharedGold = `${ROOT}../shared/gold/seeds.gold.json`;
describe.skipIf(!existsSync(sharedGold))("the gold fixture", () => {
  it("is the steering repository's gold, byte for byte", () => {
    const ours = readFileSync(new URL("../../test-utils/fixtures/seeds.gold.json", import.meta.url));
    expect(ours.equals(readFileSync(sharedGold))).toBe(true);
  });
});
