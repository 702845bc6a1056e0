// Compares two builds of the parser: `pnpm --filter @minsheng/bench compare <A> <B> [copies] [pairs]`,
// where A and B are modules exporting parseBytes (a build's packages/parsers/dist/index.js). Each
// measurement runs in a process of its own, A and B interleaved (A B, B A, A B…), and gives that
// process's parse / floor; the medians are compared. Two builds timed in turns in one process
// were not comparable: a build measured against a byte-identical copy of itself came out 10% slower
// when loaded second. Ratios to the floor, so a machine that drifts weighs on both sides alike.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./compareChild.ts", import.meta.url));

/**
 * The median of some numbers (the upper one of an even count).
 *
 * @example
 * ```ts
 * median([3, 1, 2]); //=> 2
 * ```
 */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/**
 * Measures builds `a` and `b` in `pairs` pairs of processes, interleaved, and returns each side's
 * parse / floor per process and the ratio of their medians (above 1: b is faster).
 *
 * @example
 * ```ts
 * const r = compareBuilds("old/packages/parsers/dist/index.js", "packages/parsers/dist/index.js", 1, 6);
 * r.ratio; // e.g. 1.01
 * ```
 */
export function compareBuilds(
  a: string,
  b: string,
  copies: number,
  pairs: number,
): { readonly a: number[]; readonly b: number[]; readonly ratio: number } {
  const runs = { a: [] as number[], b: [] as number[] };
  const measure = (path: string): number =>
    Number(
      execFileSync(process.execPath, ["--import", "tsx", CHILD, path, String(copies), "4"], {
        encoding: "utf8",
      }).trim(),
    );
  for (let i = 0; i < pairs; i++) {
    // A B, then B A: neither side always runs on a machine the other has just warmed or loaded.
    if (i % 2 === 0) {
      runs.a.push(measure(a));
      runs.b.push(measure(b));
    } else {
      runs.b.push(measure(b));
      runs.a.push(measure(a));
    }
  }
  return { ...runs, ratio: median(runs.b) / median(runs.a) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [a, b, copies = "1", pairs = "6"] = process.argv.slice(2);
  if (!a || !b) {
    console.error("usage: compare <build A> <build B> [copies of the seeds, 1] [pairs of runs, 6]");
    process.exit(2);
  }
  const r = compareBuilds(a, b, Number(copies), Number(pairs));
  const show = (xs: readonly number[]) => xs.map((x) => x.toFixed(3)).join(" ");
  console.log(`A parse / floor: median ${median(r.a).toFixed(3)}  (${show(r.a)})`);
  console.log(`B parse / floor: median ${median(r.b).toFixed(3)}  (${show(r.b)})`);
  console.log(
    `B / A: ${r.ratio.toFixed(3)}  (above 1: B is faster; one process's ratio moves by a few percent)`,
  );
}
