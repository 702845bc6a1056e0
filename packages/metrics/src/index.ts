/**
 * Pure functions over minsheng documents: per-section completion and evidence, city-item
 * coverage, unit load and concentration, collaboration, attainment, deadline lights, changes
 * between reports, and findings. None reads the clock: deadlines are judged as of an explicit date.
 *
 * @packageDocumentation
 */
export { computeMetrics, type MetricsOptions } from "./computeMetrics";
export { sectionMetrics } from "./sectionMetrics/sectionMetrics";
export { coverage, UNKNOWN_DISTRICT } from "./coverage/coverage";
export { unitLoad } from "./unitLoad/unitLoad";
export { concentration, type Concentration } from "./concentration/concentration";
export { collaboration } from "./collaboration/collaboration";
export { attainment, pairTask, meets, APPROXIMATE_TOLERANCE, type Pairing } from "./attainment/attainment";
export {
  deadlineRisk,
  DUE_SOON_DAYS,
  LAG_MARGIN,
  type DeadlineRiskOptions,
} from "./deadlineRisk/deadlineRisk";
export { changes } from "./changes/changes";
export { findings } from "./findings/findings";
