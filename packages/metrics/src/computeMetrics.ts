import { METRICS_SCHEMA_ID, type Document, type Metrics } from "@minsheng/core";
import { indexCorpus } from "./_lib/corpusIndex";
import { requireIsoDate } from "./_lib/isoDate";
import { attainmentOf } from "./attainment/attainment";
import { changesOf } from "./changes/changes";
import { collaborationOf } from "./collaboration/collaboration";
import { concentrationOf } from "./concentration/concentration";
import { coverageOf } from "./coverage/coverage";
import { deadlineRiskOf } from "./deadlineRisk/deadlineRisk";
import { findingsOf } from "./findings/findings";
import { sectionMetricsOf } from "./sectionMetrics/sectionMetrics";
import { unitLoadOf } from "./unitLoad/unitLoad";

/** Options of {@link computeMetrics}. */
export interface MetricsOptions {
  /** The date the figures are computed as of, `YYYY-MM-DD`. Metrics never read the clock. */
  readonly asOf: string;
}

/**
 * Computes every metric of the `minsheng.metrics/v1` format over a corpus, as of a date. The
 * corpus is flattened once and the "done in a later report" index built once; each metric is a
 * single pass over the tasks, so the cost is linear in the number of tasks.
 *
 * @category Metrics
 * @param docs - parsed documents (city-item keys resolved across the corpus, e.g. by `resolveCorpus`)
 * @param options - `asOf`, the date to judge deadlines by
 * @returns the whole {@link Metrics} object; it passes `MetricsSchema`
 * @throws RangeError when `asOf` is not a calendar date
 *
 * @example
 * ```ts
 * import { computeMetrics } from "@minsheng/metrics";
 * computeMetrics([], { asOf: "2024-09-15" }).asOf; //=> "2024-09-15"
 * ```
 */
export function computeMetrics(docs: readonly Document[], options: MetricsOptions): Metrics {
  requireIsoDate(options.asOf);
  const index = indexCorpus(docs);
  return {
    schema: METRICS_SCHEMA_ID,
    asOf: options.asOf,
    sections: sectionMetricsOf(index),
    coverage: coverageOf(index),
    units: unitLoadOf(index),
    concentration: concentrationOf(index),
    collaboration: collaborationOf(index),
    attainment: attainmentOf(index),
    deadlines: deadlineRiskOf(index, options.asOf),
    changes: changesOf(index),
    findings: findingsOf(index),
  };
}
