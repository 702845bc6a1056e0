/**
 * Pure functions over minsheng documents. PLACEHOLDER while the metrics are being written.
 *
 * @packageDocumentation
 */
export { computeMetrics, type MetricsOptions } from "./computeMetrics";
