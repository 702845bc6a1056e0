import { Bench } from "tinybench";

/** Milliseconds each tinybench task runs: 1 s normally, 150 ms with BENCH_QUICK=1. */
export const QUICK = process.env.BENCH_QUICK === "1";
const TIME = QUICK ? 150 : 1000;

/**
 * Runs the functions one after another in one tinybench Bench and returns the operations per second
 * of each (one operation = one call of the function), from the mean time per call. Each function is
 * first warmed up, unmeasured, for `warmupTime` milliseconds (tinybench's default: 250).
 *
 * @example
 * ```ts
 * const hz = await measure({ noop: () => {} });
 * hz.noop > 0; //=> true
 * ```
 */
export async function measure(
  fns: Readonly<Record<string, () => unknown>>,
  options: { readonly time?: number; readonly iterations?: number; readonly warmupTime?: number } = {},
): Promise<Record<string, number>> {
  const bench = new Bench({
    time: options.time ?? TIME,
    iterations: options.iterations ?? 64,
    warmup: true,
    // tinybench's default (250 ms) may end before V8 has optimized a large code base: callers
    // timing one (the parser) ask for longer.
    ...(options.warmupTime === undefined ? {} : { warmupTime: options.warmupTime }),
    throws: true,
  });
  for (const [name, fn] of Object.entries(fns)) bench.add(name, fn);
  await bench.run();
  const out: Record<string, number> = {};
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== "completed") throw new Error(`benchmark ${task.name} ended ${r.state}`);
    // Calls per second over the whole run (1000 / mean milliseconds per call): the time a user
    // waits for many calls, garbage collection included. The mean of per-call rates would weigh
    // the fastest calls most.
    out[task.name] = 1000 / r.latency.mean;
  }
  return out;
}

/** Rounds to `digits` significant digits, for tables and JSON. */
export function sig(x: number, digits = 3): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(digits));
}
