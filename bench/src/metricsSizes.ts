// computeMetrics at each size, each in its own child process with a large heap, so the 10⁶ run's
// memory is measured clean (and not on top of the parse benchmarks' garbage).
import { fileURLToPath } from "node:url";
import type { MetricsBenchRow } from "./metricsBench";
import { runMeasured } from "./childProcess";
import { QUICK } from "./measure";

/** One size, with the child's peak RSS. */
export interface MetricsSizeRow extends MetricsBenchRow {
  readonly childPeakRssMB: number | null;
}

const BENCH_DIR = fileURLToPath(new URL("..", import.meta.url));

/**
 * Runs metricsChild.ts once per size (default 10⁴, 10⁵, 10⁶; 10⁴ and 10⁵ with BENCH_QUICK=1).
 *
 * @example
 * ```ts
 * const [row] = await runMetricsSizes([1e4]);
 * row?.tasks; //=> 10000
 * ```
 */
export async function runMetricsSizes(
  sizes: readonly number[] = QUICK ? [1e4, 1e5] : [1e4, 1e5, 1e6],
): Promise<MetricsSizeRow[]> {
  const rows: MetricsSizeRow[] = [];
  for (const size of sizes) {
    const run = await runMeasured(
      process.execPath,
      ["--max-old-space-size=8192", "--import", "tsx", "src/metricsChild.ts", String(size)],
      BENCH_DIR,
    );
    if (run.code !== 0)
      throw new Error(`metrics child for ${size} tasks failed:\n${run.stderr.slice(-2000)}`);
    const row = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as MetricsBenchRow;
    rows.push({ ...row, childPeakRssMB: run.peakRssMB });
  }
  return rows;
}
