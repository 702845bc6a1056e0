import { computeMetrics } from "@minsheng/metrics";
import { EXIT, UsageError, type ExitCode } from "../cli/exitCodes";
import {
  parseAsOf,
  parseMaxSize,
  pickFormat,
  refuseBinaryOnTerminal,
  reportProblems,
  type CommonOptions,
} from "../cli/options";
import { loadDocuments } from "../inputs/loadDocuments";
import { readCatalogs } from "../inputs/readCatalogs";
import { jsonLines } from "../output/jsonChunks";
import { csvLines } from "../output/toCsv";
import { toXlsx } from "../output/toXlsx";
import { writeOutput, type OutputContent } from "../output/writeOutput";
import { renderMarkdown } from "../report/renderBlocks";
import { METRIC_TABLES, metricsTables, type MetricTableName } from "../tables/metricsTables";

/** The formats `minsheng metrics` writes. */
export const METRICS_FORMATS = ["json", "csv", "xlsx", "md"] as const;

/**
 * `minsheng metrics <paths…>`: computes the metrics over all the documents given, as of a date,
 * and writes the whole object (json) or its tables (csv: one table chosen with --table; xlsx: a
 * sheet per table; md: every table).
 */
export async function metricsCommand(paths: readonly string[], options: CommonOptions): Promise<ExitCode> {
  const format = pickFormat(options.format, METRICS_FORMATS, "json");
  const asOf = parseAsOf(options.asOf);
  const maxBytes = parseMaxSize(options.maxSize);
  const table = (options.table ?? "sections") as MetricTableName;
  if (!METRIC_TABLES.includes(table))
    throw new UsageError(`--table must be one of ${METRIC_TABLES.join(", ")}, got "${options.table}"`);
  if (format === "xlsx") refuseBinaryOnTerminal(format, options.out);
  const { docs, problems } = await loadDocuments(paths, {
    maxBytes,
    catalogs: readCatalogs(options.catalog),
  });
  const metrics = computeMetrics(docs, { asOf });
  const tables = metricsTables(metrics);
  let content: OutputContent;
  // In pieces: the metrics of a large corpus run to hundreds of MB of JSON.
  if (format === "json") content = jsonLines([metrics], 2);
  else if (format === "csv") content = csvLines(tables[table], { bom: options.bom !== false });
  else if (format === "xlsx") content = await toXlsx(METRIC_TABLES.map((t) => tables[t]));
  else
    content = renderMarkdown([
      { kind: "heading", level: 1, text: `Metrics as of ${asOf}` },
      ...METRIC_TABLES.flatMap((t) => [
        { kind: "heading", level: 2, text: t } as const,
        { kind: "table", table: tables[t], empty: "None." } as const,
      ]),
    ]);
  await writeOutput(content, options.out);
  return reportProblems(problems) ? EXIT.inputError : EXIT.ok;
}
