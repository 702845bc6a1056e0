import { METRICS_SCHEMA_ID, type Document, type Metrics } from "@minsheng/core";

/** Options of {@link computeMetrics}. */
export interface MetricsOptions {
  /** The date the figures are computed as of, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/**
 * Computes every metric. PLACEHOLDER.
 *
 * @example
 * ```ts
 * import { computeMetrics } from "@minsheng/metrics";
 * computeMetrics([], { asOf: "2024-09-15" }).asOf; //=> "2024-09-15"
 * ```
 */
export function computeMetrics(_docs: readonly Document[], options: MetricsOptions): Metrics {
  return {
    schema: METRICS_SCHEMA_ID,
    asOf: options.asOf,
    sections: [],
    coverage: [],
    units: [],
    collaboration: [],
    attainment: [],
    deadlines: { overdue: [], dueSoon: [], open: 0, lights: [] },
    changes: [],
    findings: [],
  };
}
