// Hostile growth of the seeds: a megabyte-long line, thousands of repeated table headers. The
// parser must keep its invariants (and, see linearTime.test.ts, its pace) whatever the size.
import { parseText } from "@minsheng/parsers";
import fc from "fast-check";
import { describe, it } from "vitest";
import { expectSound, RUNS } from "./expectSound";
import { SEEDS } from "./seedMaterial";

const excerpt = fc.tuple(fc.nat(SEEDS.length - 1), fc.nat(), fc.nat()).map(([s, a, b]) => {
  const lines = (SEEDS[s] ?? "").split("\n");
  const from = a % lines.length;
  return lines.slice(from, from + 1 + (b % 120));
});

// Heavy cases (a megabyte-long line, thousands of repeated headers) take tens of milliseconds
// each, so they run Math.max(20, RUNS / 100) times: 100 in CI, still far more than one example.
const HEAVY_RUNS = Math.max(20, Math.floor(RUNS / 100));

describe("parsing seeds with hostile growth", () => {
  it("keeps its invariants when a line grows to a megabyte", () => {
    fc.assert(
      fc.property(
        excerpt,
        fc.nat(),
        fc.constantFrom(" ", "1", "、", "中", "\u3000", "<p>", "（", "万"),
        (lines, at, unit) => {
          const i = at % lines.length;
          const out = [...lines];
          out[i] = (out[i] ?? "") + unit.repeat(Math.ceil(2 ** 20 / unit.length / 3));
          const text = out.join("\n");
          expectSound(parseText(text), text);
        },
      ),
      { numRuns: HEAVY_RUNS },
    );
  });

  it("keeps its invariants when a table's header repeats thousands of times", () => {
    const headers = SEEDS.flatMap((s) => s.split("\n").filter((l) => l.includes("序号") && l.length < 120));
    fc.assert(
      fc.property(
        fc.constantFrom(...headers),
        fc.integer({ min: 1000, max: 5000 }),
        excerpt,
        fc.boolean(),
        (header, n, lines, interleave) => {
          const text = interleave
            ? Array.from({ length: n }, (_, k) => `${header}\n${lines[k % lines.length] ?? ""}`).join("\n")
            : `${header}\n`.repeat(n) + lines.join("\n");
          expectSound(parseText(text), text);
        },
      ),
      { numRuns: HEAVY_RUNS },
    );
  });
});
