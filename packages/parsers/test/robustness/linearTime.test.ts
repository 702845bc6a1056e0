// Linear time on adversarial text. Bounds are RATIOS to parsing seed text of the same size in the
// same process (never absolute times), generous enough for a loaded CI machine and still far
// below what a quadratic path gives (which grows with the size, ×64 for ×8 the input).
import { readFileSync } from "node:fs";
import { parseText } from "@minsheng/parsers";
import { growthRatio, ROOT } from "@minsheng/test-utils";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { pathological, PATHOLOGICAL_KINDS, type PathologicalKind } from "./pathologicalText";
import { SEEDS } from "./seedMaterial";

/** 5 MB of UTF-8 seed text is about 2 M UTF-16 code units (the seeds are mostly three-byte CJK). */
const utf8Bytes = (s: string): number => Buffer.byteLength(s, "utf8");
const FIVE_MB = 5 * 2 ** 20;

/** Best of `n` wall times, ms: the least disturbed run of a shared machine. */
function timeParse(text: string, n = 1): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    parseText(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Seed text repeated up to `bytes` of UTF-8. */
function seedTextOf(bytes: number): string {
  const all = `${SEEDS.join("\n")}\n`;
  const copies = Math.ceil(bytes / utf8Bytes(all));
  return all.repeat(copies);
}

/** Pathological text of every kind in equal blocks, up to `bytes` of UTF-8. */
function pathologicalOf(bytes: number): string {
  const per = bytes / PATHOLOGICAL_KINDS.length;
  return PATHOLOGICAL_KINDS.map((k) =>
    pathological(k, Math.floor((per * k.unit.length) / utf8Bytes(k.unit))),
  ).join("\n");
}

describe("parsing time on adversarial text", () => {
  let seedMsPerMB = 0;
  beforeAll(() => {
    timeParse(seedTextOf(2 ** 20)); // warm up the JIT on the normal paths
    const seed = seedTextOf(FIVE_MB);
    seedMsPerMB = timeParse(seed) / (utf8Bytes(seed) / 2 ** 20);
  });

  it("parses 5 MB of pathological text within 10× the time of 5 MB of seed text", () => {
    const text = pathologicalOf(FIVE_MB);
    expect(utf8Bytes(text)).toBeGreaterThan(FIVE_MB * 0.9);
    const msPerMB = timeParse(text) / (utf8Bytes(text) / 2 ** 20);
    expect(msPerMB / seedMsPerMB).toBeLessThanOrEqual(10);
  });

  it.each(PATHOLOGICAL_KINDS.map((k) => [k.name, k] as const))(
    "parses %s in time linear in its length",
    (_name, kind: PathologicalKind) => {
      // 64 K and 512 K code units: linear is ×8; a quadratic path is ×64. Allow ×24 (timer noise,
      // GC and a busy machine), and keep the per-MB cost within 10× of seed text.
      expect(growthRatio(parseText, (n: number) => pathological(kind, n), 2 ** 16)).toBeLessThanOrEqual(24);
      const large = pathological(kind, 2 ** 19);
      expect(timeParse(large, 3) / (utf8Bytes(large) / 2 ** 20) / seedMsPerMB).toBeLessThanOrEqual(10);
    },
  );
});

describe("the regular expressions of the parsers", () => {
  const RULES = ["regexp/no-super-linear-backtracking", "regexp/no-super-linear-move"] as const;
  const eslint = new ESLint({ cwd: ROOT });

  it("are checked by the lint config for super-linear backtracking and moves, as errors", async () => {
    const config = (await eslint.calculateConfigForFile(`${ROOT}packages/parsers/src/parseDocument.ts`)) as {
      rules: Record<string, unknown>;
    };
    for (const rule of RULES) {
      const setting = config.rules[rule];
      const severity = Array.isArray(setting) ? setting[0] : setting;
      expect([2, "error"], `${rule} is ${JSON.stringify(setting)}`).toContain(severity);
    }
  });

  it("have no super-linear backtracking or move anywhere in the parser sources", async () => {
    const only = new ESLint({
      cwd: ROOT,
      ruleFilter: ({ ruleId }) => (RULES as readonly string[]).includes(ruleId),
    });
    const results = await only.lintFiles([`${ROOT}packages/parsers/src/**/*.ts`]);
    expect(results.length).toBeGreaterThan(20);
    const found = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId && (RULES as readonly string[]).includes(m.ruleId))
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(found).toEqual([]);
  });

  it("keeps the seed line with 4,500 spaces after its deadline as a fixture that parses", () => {
    const line = SEEDS.flatMap((s) => s.split("\n")).find((l) => / {4000}/.test(l));
    expect(line).toBeDefined();
    expect(readFileSync(`${ROOT}seeds/002_006c3378358f9c0c.txt`, "utf8")).toContain(line);
  });
});
