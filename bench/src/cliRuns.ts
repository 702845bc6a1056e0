// The built CLI as an analyst runs it, timed in child processes against baselines run alongside:
// a one-file parse against a bare `node` start (what loading the CLI adds), and `diff` on two
// sizes of edited reports (its time should grow with the input, not with its square).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { QUICK, sig } from "./measure";
import { seedCorpus } from "./seedCorpus";

/** What {@link runCliRuns} measured. */
export interface CliRunsRow {
  /** Median seconds of `node -e 0`. */
  readonly nodeStartSeconds: number;
  /** Median seconds of `minsheng parse <one seed> --format ndjson`. */
  readonly oneFileSeconds: number;
  /** oneFileSeconds / nodeStartSeconds: what the CLI costs beyond starting Node. */
  readonly oneFileToNodeStart: number;
  /** The sizes (MB) of the two diffs, smaller and larger. */
  readonly diffMB: readonly [number, number];
  /** Median seconds of each diff. */
  readonly diffSeconds: readonly [number, number];
  /** diffSeconds[1] / diffSeconds[0]: about the size ratio when linear, its square when quadratic. */
  readonly diffGrowth: number;
  /** Runs per median: of the start and one-file parse, and of each diff. */
  readonly runs: number;
  readonly diffRuns: number;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "apps/cli/dist/bin.js");

function seconds(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  if (r.status !== 0)
    throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr.toString().slice(-500)}`);
  return (performance.now() - t0) / 1000;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Runs each command `runs` times, in turns, and returns the median seconds of each. */
function inTurns(commands: readonly (readonly string[])[], runs: number): number[] {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => times[k]?.push(seconds(c)));
  return times.map(median);
}

/**
 * Times the built CLI (run.ts builds it first, for the memory row): one seed parsed against a bare
 * Node start, and `diff` between a report and its edited copy at two sizes.
 *
 * @example
 * ```ts no-run
 * const row = runCliRuns();
 * row.diffGrowth < 8; //=> true
 * ```
 */
export function runCliRuns(): CliRunsRow {
  const runs = QUICK ? 3 : 9;
  const dir = mkdtempSync(join(tmpdir(), "minsheng-bench-cli-"));
  try {
    const seed = join(ROOT, "seeds", "000_297e35da228aaa3d.txt");
    const [nodeStart = 0, oneFile = 0] = inTurns(
      [
        ["-e", "0"],
        [BIN, "parse", seed, "--format", "ndjson"],
      ],
      runs,
    );
    // A report and a copy with every task's text edited, so that the text rule pairs them.
    const one = seedCorpus(1);
    const copiesOf = (mb: number) => Math.ceil((mb * 2 ** 20) / Buffer.byteLength(one));
    const sizes = QUICK ? ([0.5, 2] as const) : ([2, 8] as const);
    const pairs = sizes.map((mb) => {
      const text = one.repeat(copiesOf(mb));
      const older = join(dir, `older-${mb}.txt`);
      const newer = join(dir, `newer-${mb}.txt`);
      writeFileSync(older, text);
      writeFileSync(newer, text.replace(/新增/g, "扩建"));
      return [BIN, "diff", older, newer, "--max-size", "200MB"];
    });
    const diffRuns = QUICK ? 1 : 3;
    const [small = 0, large = 0] = inTurns(pairs, diffRuns);
    return {
      nodeStartSeconds: sig(nodeStart),
      oneFileSeconds: sig(oneFile),
      oneFileToNodeStart: sig(oneFile / nodeStart),
      diffMB: [sizes[0], sizes[1]],
      diffSeconds: [sig(small), sig(large)],
      diffGrowth: sig(large / small),
      runs,
      diffRuns,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
