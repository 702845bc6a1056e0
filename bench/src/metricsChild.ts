// One metrics size in its own process, so its memory is measured clean: prints the row as JSON.
// Used by run.ts as `node --max-old-space-size=8192 --import tsx … metricsChild.ts <tasks>`.
import { runMetricsBench } from "./metricsBench";

const size = Number(process.argv[2] ?? 1e4);
process.stdout.write(`${JSON.stringify(runMetricsBench([size])[0])}\n`);
