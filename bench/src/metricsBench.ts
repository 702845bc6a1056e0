// Throughput and memory of computeMetrics over synthetic corpora of growing size. Runnable alone:
//   cd bench && pnpm exec tsx --conditions=@minsheng/source src/metricsBench.ts
// Heap figures are taken after a forced GC (exposed at run time below), so they are retained sizes.
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { computeMetrics } from "@minsheng/metrics";
import { syntheticCorpus } from "./syntheticCorpus";

/** One measured size. */
export interface MetricsBenchRow {
  readonly tasks: number;
  readonly documents: number;
  /** Median wall time of one computeMetrics call, ms. */
  readonly ms: number;
  readonly tasksPerSecond: number;
  readonly runs: number;
  /** Heap held by the corpus itself (before computing), MB. */
  readonly corpusHeapMB: number;
  /** Heap retained by the result (after a GC, result alive, corpus subtracted), MB. */
  readonly resultHeapMB: number;
  /** Highest heapUsed sampled right after a run, before any GC (result and garbage), MB. */
  readonly peakHeapMB: number;
  /** The process's maximum resident set so far (getrusage), MB: includes the corpus and any earlier size. */
  readonly maxRssMB: number;
}

const MB = 1024 * 1024;
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as (() => void) | undefined;

/**
 * Measures computeMetrics tasks/s and memory at each size (median of several runs for small sizes).
 *
 * @example
 * ```ts
 * const [row] = runMetricsBench([1e4]);
 * row.tasks; //=> 10000
 * ```
 */
export function runMetricsBench(sizes: readonly number[] = [1e4, 1e5, 1e6]): MetricsBenchRow[] {
  const rows: MetricsBenchRow[] = [];
  for (const size of sizes) {
    gc?.();
    const base = process.memoryUsage().heapUsed;
    let docs = syntheticCorpus(size);
    gc?.();
    const corpusHeap = process.memoryUsage().heapUsed - base;
    const runs = size <= 1e4 ? 7 : size <= 1e5 ? 3 : 1;
    const times: number[] = [];
    let peakHeap = 0;
    let resultHeap = 0;
    computeMetrics(docs.slice(0, 50), { asOf: "2022-06-30" }); // warm up
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      let metrics: ReturnType<typeof computeMetrics> | null = computeMetrics(docs, { asOf: "2022-06-30" });
      times.push(performance.now() - t0);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      gc?.();
      resultHeap = Math.max(resultHeap, process.memoryUsage().heapUsed - base - corpusHeap);
      if (metrics.sections.length === 0) throw new Error("no sections computed");
      metrics = null;
      gc?.();
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)] as number;
    rows.push({
      tasks: size,
      documents: docs.length,
      ms: Math.round(ms * 10) / 10,
      tasksPerSecond: Math.round((size / ms) * 1000),
      runs,
      corpusHeapMB: Math.round(corpusHeap / MB),
      resultHeapMB: Math.round(resultHeap / MB),
      peakHeapMB: Math.round(peakHeap / MB),
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    });
    docs = [];
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  console.table(runMetricsBench(sizes.length ? sizes : undefined));
}
