import { cac, type CAC } from "cac";
import pkg from "../../package.json" with { type: "json" };
import { diffCommand } from "../commands/diffCommand";
import { metricsCommand } from "../commands/metricsCommand";
import { parseCommand } from "../commands/parseCommand";
import { reportCommand } from "../commands/reportCommand";
import { validateCommand } from "../commands/validateCommand";
import { METRIC_TABLES } from "../tables/metricsTables";
import { EXIT, type ExitCode } from "./exitCodes";
import { DEFAULT_MAX_SIZE, type CommonOptions } from "./options";

/** The text appended to every `--help`. */
export const EXIT_CODES_HELP = [
  "0  ok: every input read, output written",
  "1  some input unusable (each named on stderr with the reason); the rest was still processed and written",
  "   (validate: something is invalid)",
  "2  usage error: unknown command or option, bad value; nothing was written",
].join("\n");

const INPUTS_HELP = [
  "paths: files, directories (searched recursively for .txt .html .htm .docx .xlsx .pdf),",
  "globs (quoted: 'seeds/*.txt', '**/*.docx'), - for standard input; .csv and .tsv are read when named or matched;",
  ".json/.ndjson from `parse` are read as documents.",
].join("\n");

/** Stands for a "-" argument while cac parses (see main.ts). */
export const STDIN_TOKEN = "\u0000stdin";
const dash = (paths: readonly string[]) => paths.map((p) => (p === STDIN_TOKEN ? "-" : p));

/** The command the CLI runs, set by the action cac matched. */
export type PendingRun = () => Promise<ExitCode>;

/**
 * Declares the commands, their options and examples. Actions do not run inside cac: they hand
 * back a thunk so the caller awaits it and turns its result (or error) into the exit code.
 */
export function createCli(onRun: (run: PendingRun) => void): CAC {
  const cli = cac("minsheng");
  const common = (c: ReturnType<CAC["command"]>) =>
    c
      .option("-o, --out <file>", "Write to this file (atomically: a temp file renamed) instead of stdout")
      .option("--max-size <size>", "Refuse inputs larger than this", { default: DEFAULT_MAX_SIZE })
      .option(
        "--catalog <file>",
        "City-item catalog(s) as JSON: keys become canonical (bj:livelihood:2024:11)",
      );

  common(
    cli
      .command("parse <...paths>", "Read documents into the minsheng model")
      .option("-f, --format <format>", "json | ndjson | csv | xlsx | md", { default: "json" })
      .option("--no-bom", "CSV without the UTF-8 byte order mark (kept by default so Excel reads Chinese)")
      .example("minsheng parse seeds/ --format ndjson | node ../shared/tools/check-gold.mjs")
      .example("minsheng parse report.docx table.xlsx page.html scan.pdf --format json --out docs.json")
      .example("minsheng parse 'seeds/*.txt' --format csv --out tasks.csv")
      .example("cat seeds/000_297e35da228aaa3d.txt | minsheng parse - --format ndjson"),
  ).action((paths: string[], o: CommonOptions) => onRun(() => parseCommand(dash(paths), o)));

  common(
    cli
      .command("metrics <...paths>", "Compute the metrics over all documents given")
      .option("--as-of <date>", "Date the figures are computed as of, YYYY-MM-DD (default: today)")
      .option("-f, --format <format>", "json | csv | xlsx | md", { default: "json" })
      .option("--table <name>", `The table csv writes: ${METRIC_TABLES.join(" | ")}`, { default: "sections" })
      .option("--no-bom", "CSV without the UTF-8 byte order mark")
      .example("minsheng metrics seeds/ --as-of 2024-09-15")
      .example("minsheng metrics seeds/ --format csv --table coverage --out coverage.csv")
      .example("minsheng metrics seeds/ --format xlsx --out metrics.xlsx"),
  ).action((paths: string[], o: CommonOptions) => onRun(() => metricsCommand(dash(paths), o)));

  common(
    cli
      .command(
        "report <...paths>",
        "The report a person reads: completion, evidence, overdue, coverage, busiest bodies",
      )
      .option("--as-of <date>", "YYYY-MM-DD (default: today)")
      .option(
        "-f, --format <format>",
        "text | md (default: text on a terminal, Markdown with --out or in a pipe)",
      )
      .example("minsheng report seeds/")
      .example("minsheng report seeds/ --as-of 2024-09-15 --out report.md"),
  ).action((paths: string[], o: CommonOptions) => onRun(() => reportCommand(dash(paths), o)));

  common(
    cli
      .command("diff <older> <newer>", "What changed between two reports of one district")
      .option("--as-of <date>", "YYYY-MM-DD (default: today)")
      .option("-f, --format <format>", "text | md | json (default: text on a terminal, else Markdown)")
      .example("minsheng diff dongcheng-2024-q1.txt dongcheng-2024-h1.txt")
      .example("minsheng diff q1.json h1.json --format json"),
  ).action((older: string, newer: string, o: CommonOptions) =>
    onRun(() => diffCommand(...(dash([older, newer]) as [string, string]), o)),
  );

  common(
    cli
      .command(
        "validate <...files>",
        "Check documents (JSON, array or NDJSON) or metrics JSON against the schema",
      )
      .example("minsheng validate docs.json")
      .example("minsheng parse seeds/ --format ndjson | minsheng validate -"),
  ).action((files: string[], o: CommonOptions) => onRun(() => validateCommand(dash(files), o)));

  cli.help((sections: { title?: string; body: string }[]) => [
    ...sections,
    { title: "Inputs", body: INPUTS_HELP.replace(/^/gm, "  ") },
    { title: "Exit codes", body: EXIT_CODES_HELP.replace(/^/gm, "  ") },
  ]);
  cli.version(pkg.version);
  return cli;
}

/** Used when no command is given. */
export const USAGE = `usage: minsheng <parse|metrics|report|diff|validate> [paths…] [options]   (minsheng --help)\n`;

export { EXIT };
