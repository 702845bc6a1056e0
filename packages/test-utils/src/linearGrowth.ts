/**
 * How much the cost of `run` grows when its input grows `factor` times: the ratio of the best
 * timing on `make(size * factor)` to the best on `make(size)`. A linear reader gives about
 * `factor`; a quadratic one about `factor²`. Tests assert the ratio, never wall time. Both inputs
 * are warmed up first (the JIT), then timed in alternation, five times each, keeping the best:
 * a busy machine (CI runs packages side by side) slows single runs, not the best of five.
 */
export function growthRatio<T>(
  run: (input: T) => unknown,
  make: (size: number) => T,
  size: number,
  factor = 8,
): number {
  const small = make(size);
  const large = make(size * factor);
  run(small);
  run(large);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now();
    run(small);
    bestSmall = Math.min(bestSmall, performance.now() - t0);
    t0 = performance.now();
    run(large);
    bestLarge = Math.min(bestLarge, performance.now() - t0);
  }
  // Below a tenth of a millisecond the timer says nothing; count such runs as that long.
  return Math.max(bestLarge, 0.1) / Math.max(bestSmall, 0.1);
}
