import { readFileSync } from "node:fs";
import { METRICS_SCHEMA_ID, validateDocument, validateMetrics, type ValidationIssue } from "@minsheng/core";
import { EXIT, InputError, type ExitCode } from "../cli/exitCodes";
import { parseMaxSize, reportProblems, type CommonOptions } from "../cli/options";
import { parseJsonValues } from "../inputs/parseJsonValues";
import { readStdin } from "../inputs/readStdin";
import { writeOutput } from "../output/writeOutput";

/** Validates one value as metrics when it says so, else as a document. */
function validateValue(value: unknown): { kind: string; issues: readonly ValidationIssue[] } {
  const isMetrics =
    typeof value === "object" &&
    value !== null &&
    (value as { schema?: unknown }).schema === METRICS_SCHEMA_ID;
  const r = isMetrics ? validateMetrics(value) : validateDocument(value);
  return { kind: isMetrics ? "metrics" : "document", issues: r.success ? [] : r.issues };
}

/**
 * `minsheng validate <files…>`: checks documents (one, an array, or NDJSON) or a metrics object
 * against the schema. Prints each issue as `file[#n] path: reason` and a verdict per file;
 * exit 1 when anything is invalid or unreadable.
 */
export async function validateCommand(paths: readonly string[], options: CommonOptions): Promise<ExitCode> {
  const problems: InputError[] = [];
  const lines: string[] = [];
  let invalid = false;
  for (const path of paths) {
    const name = path === "-" ? "<stdin>" : path;
    let values: unknown[];
    try {
      const text =
        path === "-"
          ? new TextDecoder().decode(await readStdin(parseMaxSize(options.maxSize)))
          : readFileSync(path, "utf8");
      values = parseJsonValues(text, name);
    } catch (error) {
      problems.push(
        error instanceof InputError
          ? error
          : new InputError(
              name,
              `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
            ),
      );
      continue;
    }
    let bad = 0;
    const kinds = new Set<string>();
    values.forEach((value, i) => {
      const { kind, issues } = validateValue(value);
      kinds.add(kind);
      if (issues.length) bad++;
      const where = values.length > 1 ? `${name}#${i + 1}` : name;
      for (const issue of issues) lines.push(`${where} ${issue.path}: ${issue.message}`);
    });
    const what = `${values.length} ${[...kinds].join("/")}${values.length === 1 ? "" : "s"}`;
    if (bad) invalid = true;
    lines.push(bad ? `${name}: INVALID (${bad} of ${what})` : `${name}: valid (${what})`);
  }
  await writeOutput(lines.length ? `${lines.join("\n")}\n` : "", options.out);
  return reportProblems(problems) || invalid ? EXIT.inputError : EXIT.ok;
}
