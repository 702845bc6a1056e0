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

/** What {@link measureInTurns} measured. */
export interface TurnsResult {
  /** Calls per second of each function over the whole run. */
  readonly hz: Readonly<Record<string, number>>;
  /** Calls per second of each function in each round: the spread of a ratio shows how noisy the machine was. */
  readonly rounds: readonly Readonly<Record<string, number>>[];
}

/**
 * Runs the functions in turns, each for a block of at least `blockTime` milliseconds per round, until
 * `time` milliseconds have passed and every function ran in `minRounds` rounds; returns the calls per
 * second of each (1000 / mean milliseconds per call, garbage collection included), over the run and
 * per round. A machine that slows down or speeds up during the run (a busy neighbour) then weighs on
 * every function alike, so their ratios hold; run one after another (as tinybench does), they drift
 * apart. Blocks keep the garbage one function leaves from being collected mostly in another's time.
 * Each function is first warmed up in the same turns until it has run for `warmupTime` milliseconds
 * of its own.
 *
 * @example
 * ```ts
 * const { hz, rounds } = measureInTurns({ a: () => 1, b: () => 2 }, { time: 20, blockTime: 2, minRounds: 2, warmupTime: 5 });
 * hz.a > 0 && hz.b > 0 && rounds.length >= 2; //=> true
 * ```
 */
export function measureInTurns(
  fns: Readonly<Record<string, () => unknown>>,
  options: {
    readonly time: number;
    readonly blockTime: number;
    readonly minRounds: number;
    readonly warmupTime: number;
  },
): TurnsResult {
  const entries = Object.entries(fns);
  const ms = new Map<string, number>();
  const calls = new Map<string, number>();
  const run = (done: () => boolean, minRounds: number): Record<string, number>[] => {
    const rounds: Record<string, number>[] = [];
    ms.clear();
    calls.clear();
    for (let round = 0; round < minRounds || !done(); round++) {
      const hz: Record<string, number> = {};
      for (const [name, fn] of entries) {
        const start = performance.now();
        let n = 0;
        let now = start;
        do {
          fn();
          n++;
          now = performance.now();
        } while (now - start < options.blockTime);
        hz[name] = (1000 * n) / (now - start);
        ms.set(name, (ms.get(name) ?? 0) + (now - start));
        calls.set(name, (calls.get(name) ?? 0) + n);
      }
      rounds.push(hz);
    }
    return rounds;
  };
  // Warm-up ends when every function has run for warmupTime of its own. Ending it after warmupTime
  // in all gave each of three functions a third of it: the parser's first measured seconds at 1×
  // still ran code V8 was optimizing (rounds at 0.16 of the floor, then 0.27 once warm).
  run(() => entries.every(([name]) => (ms.get(name) ?? 0) >= options.warmupTime), 1);
  const until = performance.now() + options.time;
  const rounds = run(() => performance.now() >= until, options.minRounds);
  const hz: Record<string, number> = {};
  for (const [name] of entries) hz[name] = (1000 * (calls.get(name) ?? 0)) / (ms.get(name) ?? 1);
  return { hz, rounds };
}

/** Rounds to `digits` significant digits, for tables and JSON. */
export function sig(x: number, digits = 3): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(digits));
}
