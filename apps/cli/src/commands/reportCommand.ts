import { computeMetrics } from "@minsheng/metrics";
import { EXIT, type ExitCode } from "../cli/exitCodes";
import {
  parseAsOf,
  parseMaxSize,
  pickFormat,
  reportProblems,
  terminalWidth,
  wantsTerminalText,
  type CommonOptions,
} from "../cli/options";
import { loadDocuments } from "../inputs/loadDocuments";
import { readCatalogs } from "../inputs/readCatalogs";
import { writeOutput } from "../output/writeOutput";
import { buildReport } from "../report/buildReport";
import { renderMarkdown, renderText } from "../report/renderBlocks";

/** The formats `minsheng report` writes: Markdown, or aligned text for a terminal. */
export const REPORT_FORMATS = ["md", "text"] as const;

/**
 * `minsheng report <paths…>`: the report a person reads. A terminal gets aligned tables; a file
 * (`--out`) or a pipe gets Markdown, unless `--format` says otherwise.
 */
export async function reportCommand(paths: readonly string[], options: CommonOptions): Promise<ExitCode> {
  const format = pickFormat(options.format, REPORT_FORMATS, wantsTerminalText(options.out) ? "text" : "md");
  const asOf = parseAsOf(options.asOf);
  const maxBytes = parseMaxSize(options.maxSize);
  const { docs, problems } = await loadDocuments(paths, {
    maxBytes,
    catalogs: readCatalogs(options.catalog),
  });
  const blocks = buildReport(docs, computeMetrics(docs, { asOf }));
  await writeOutput(
    format === "text" ? renderText(blocks, terminalWidth()) : renderMarkdown(blocks),
    options.out,
  );
  return reportProblems(problems) ? EXIT.inputError : EXIT.ok;
}
