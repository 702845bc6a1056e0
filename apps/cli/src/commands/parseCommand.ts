import type { Document } from "@minsheng/core";
import { EXIT, type ExitCode } from "../cli/exitCodes";
import {
  parseMaxSize,
  pickFormat,
  refuseBinaryOnTerminal,
  reportProblems,
  type CommonOptions,
} from "../cli/options";
import { loadDocuments } from "../inputs/loadDocuments";
import { readCatalogs } from "../inputs/readCatalogs";
import type { Table } from "../output/Table";
import { csvLines } from "../output/toCsv";
import { toXlsx } from "../output/toXlsx";
import { jsonLines } from "../output/jsonChunks";
import { writeOutput, type OutputContent } from "../output/writeOutput";
import type { Block } from "../report/Block";
import { renderMarkdown } from "../report/renderBlocks";
import { diagnosticTable, documentTable, taskTable } from "../tables/taskTable";
import { formatQuantities } from "../tables/formatQuantity";

/** The formats `minsheng parse` writes. */
export const PARSE_FORMATS = ["json", "ndjson", "csv", "xlsx", "md"] as const;

function markdown(docs: readonly Document[]): string {
  const blocks: Block[] = [];
  for (const d of docs) {
    blocks.push({ kind: "heading", level: 1, text: d.title ?? d.source.path });
    const meta = [d.source.path, d.issuer?.name, d.docNumber, d.issued].filter(Boolean).join(" · ");
    blocks.push({ kind: "paragraph", text: meta });
    d.sections.forEach((s, i) => {
      blocks.push({
        kind: "heading",
        level: 2,
        text: `${i}. ${s.title ?? s.kind}${s.period ? ` (${s.period.year} ${s.period.span})` : ""}`,
      });
      const table: Table = {
        name: `section ${i}`,
        columns: ["seq", "task", "lead", "assist", "deadline", "stated", "targets", "actuals", "lines"],
        rows: s.tasks.map((t) => [
          t.seq,
          t.text,
          t.units
            .filter((u) => u.role === "lead")
            .map((u) => u.name)
            .join("、"),
          t.units
            .filter((u) => u.role === "assist")
            .map((u) => u.name)
            .join("、"),
          t.deadline?.date ?? "",
          t.progress?.statusText ?? t.progress?.status ?? "",
          formatQuantities(t.targets),
          formatQuantities(t.progress?.actuals ?? []),
          `${t.span.startLine}–${t.span.endLine}`,
        ]),
      };
      blocks.push({ kind: "table", table, empty: "No tasks." });
    });
    if (d.sections.length === 0)
      blocks.push({ kind: "paragraph", text: "_No sections with tasks were found._" });
  }
  return renderMarkdown(blocks);
}

/**
 * `minsheng parse <paths…>`: reads documents and writes them in the export format (json, ndjson)
 * or as tables (csv: one row per task; xlsx: documents, tasks and diagnostics sheets; md).
 */
export async function parseCommand(paths: readonly string[], options: CommonOptions): Promise<ExitCode> {
  const format = pickFormat(options.format, PARSE_FORMATS, "json");
  const maxBytes = parseMaxSize(options.maxSize);
  if (format === "xlsx") refuseBinaryOnTerminal(format, options.out);
  const { docs, problems } = await loadDocuments(paths, {
    maxBytes,
    catalogs: readCatalogs(options.catalog),
  });
  const bom = options.bom !== false;
  let content: OutputContent;
  if (format === "json") content = jsonLines([docs], 2);
  else if (format === "ndjson") content = jsonLines(docs, 0);
  else if (format === "csv") content = csvLines(taskTable(docs), { bom });
  else if (format === "xlsx")
    content = await toXlsx([documentTable(docs), taskTable(docs), diagnosticTable(docs)]);
  else content = markdown(docs);
  await writeOutput(content, options.out);
  return reportProblems(problems) ? EXIT.inputError : EXIT.ok;
}
