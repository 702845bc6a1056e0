/**
 * How much the cost of `run` grows when its input grows `factor` times: the ratio of the best of
 * three timings on `make(size * factor)` to the best of three on `make(size)`. A linear reader
 * gives about `factor`; a quadratic one about `factor²`. Tests assert the ratio, never wall time,
 * so a busy machine does not decide the result.
 */
export function growthRatio<T>(run: (input: T) => unknown, make: (size: number) => T, size: number, factor = 8): number {
  const cost = (input: T) => {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      run(input);
      best = Math.min(best, performance.now() - t0);
    }
    return Math.max(best, 0.05);
  };
  const small = cost(make(size));
  const large = cost(make(size * factor));
  return large / small;
}
