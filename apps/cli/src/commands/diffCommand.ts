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
import { expandPaths } from "../inputs/expandPaths";
import { loadDocuments } from "../inputs/loadDocuments";
import { readCatalogs } from "../inputs/readCatalogs";
import { writeOutput } from "../output/writeOutput";
import { diffBlocks } from "../diff/diffBlocks";
import { diffDocuments } from "../diff/diffDocuments";
import { renderMarkdown, renderText } from "../report/renderBlocks";
import { UsageError } from "../cli/exitCodes";

/** The formats `minsheng diff` writes. */
export const DIFF_FORMATS = ["md", "text", "json"] as const;

/**
 * `minsheng diff <older> <newer>`: what changed between two reports of one district. Both are
 * parsed and resolved together so their city-item keys agree; `--as-of` only matters to the
 * metrics' notion of done.
 */
export async function diffCommand(older: string, newer: string, options: CommonOptions): Promise<ExitCode> {
  const format = pickFormat(options.format, DIFF_FORMATS, wantsTerminalText(options.out) ? "text" : "md");
  const asOf = parseAsOf(options.asOf);
  const maxBytes = parseMaxSize(options.maxSize);
  for (const p of [older, newer])
    if (expandPaths([p]).inputs.length > 1)
      throw new UsageError(`diff compares two files; "${p}" names several`);
  const { docs, problems } = await loadDocuments([older, newer], {
    maxBytes,
    catalogs: readCatalogs(options.catalog),
  });
  if (reportProblems(problems) || docs.length !== 2) {
    if (problems.length === 0)
      process.stderr.write(`minsheng: diff needs exactly two documents, read ${docs.length}\n`);
    return EXIT.inputError;
  }
  const [a, b] = docs as [(typeof docs)[0], (typeof docs)[0]];
  if (a.issuer && b.issuer && a.issuer.code !== b.issuer.code)
    process.stderr.write(
      `minsheng: warning: comparing reports of two districts (${a.issuer.name}, ${b.issuer.name})\n`,
    );
  const diff = diffDocuments(a, b, computeMetrics(docs, { asOf }));
  const content =
    format === "json"
      ? `${JSON.stringify(diff, null, 2)}\n`
      : format === "text"
        ? renderText(diffBlocks(diff), terminalWidth())
        : renderMarkdown(diffBlocks(diff));
  await writeOutput(content, options.out);
  return EXIT.ok;
}
