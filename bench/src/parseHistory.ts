// The parse / floor ratios of every full `pnpm bench` run, kept in bench/history.json. One run's
// ratio is not the parser's: it moves between runs of the same code, and more between machines
// (the same parser measured 0.223 and 0.24 at 1× on an AMD EPYC host, 0.265 to 0.29 on an Intel
// Xeon one). The README shows the runs side by side, with the commit and the CPU of each.
import { execFileSync } from "node:child_process";
import type { ParseRow } from "./parseBench";

/** One run's parse / floor ratios. */
export interface ParseHistoryEntry {
  readonly date: string;
  /** The commit measured (short hash), with `+` when the parser's sources differed from it. */
  readonly commit: string;
  readonly cpuModel: string;
  readonly node: string;
  /** parse / floor per number of copies of the seeds, with the lowest and highest round when known. */
  readonly ratios: readonly {
    readonly copies: number;
    readonly ratioToFloor: number;
    readonly range: readonly [number, number] | null;
  }[];
}

/** The most runs kept: the oldest go first. */
export const HISTORY_MAX = 40;

/**
 * The entry of one run's parse rows.
 *
 * @example
 * ```ts
 * historyEntry("2026-12-07", "becd0cc", { cpuModel: "Intel(R) Xeon(R) Processor", node: "v20.20.2" }, []).commit;
 * //=> "becd0cc"
 * ```
 */
export function historyEntry(
  date: string,
  commit: string,
  machine: { readonly cpuModel: string; readonly node: string },
  parse: readonly ParseRow[],
): ParseHistoryEntry {
  return {
    date,
    commit,
    cpuModel: machine.cpuModel,
    node: machine.node,
    ratios: parse.map((p) => ({
      copies: p.copies,
      ratioToFloor: p.ratioToFloor,
      range: p.ratioToFloorRange,
    })),
  };
}

/**
 * The history with `entry` last, at most {@link HISTORY_MAX} runs long.
 *
 * @example
 * ```ts
 * appendHistory([], historyEntry("2026-12-07", "becd0cc", { cpuModel: "x", node: "v20" }, [])).length; //=> 1
 * ```
 */
export function appendHistory(
  history: readonly ParseHistoryEntry[],
  entry: ParseHistoryEntry,
): ParseHistoryEntry[] {
  return [...history, entry].slice(-HISTORY_MAX);
}

/**
 * The commit the bench measures: HEAD's short hash, with `+` when the parser's or the model's
 * sources have changes not committed (what was measured is then not HEAD). `?` outside git.
 *
 * @example
 * ```ts
 * measuredCommit().length > 0; //=> true
 * ```
 */
export function measuredCommit(): string {
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8", stdio: "pipe" }).trim();
  try {
    const head = git("rev-parse", "--short", "HEAD");
    const changed = git("status", "--porcelain", "--", "packages/parsers/src", "packages/core/src");
    return changed ? `${head}+` : head;
  } catch {
    return "?";
  }
}

/**
 * A Markdown table of the runs, newest first: date, commit, CPU, and parse / floor at each size.
 *
 * @example
 * ```ts
 * renderHistory([]).startsWith("| date |"); //=> true
 * ```
 */
export function renderHistory(history: readonly ParseHistoryEntry[]): string {
  const sizes = [...new Set(history.flatMap((h) => h.ratios.map((r) => r.copies)))].sort((a, b) => a - b);
  const cell = (h: ParseHistoryEntry, copies: number) => {
    const r = h.ratios.find((x) => x.copies === copies);
    if (!r) return "–";
    return r.range ? `${r.ratioToFloor} (${r.range[0]}–${r.range[1]})` : String(r.ratioToFloor);
  };
  const head = ["date", "commit", "CPU", "Node", ...sizes.map((c) => `${c}×`)];
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...[...history]
      .reverse()
      .map(
        (h) => `| ${[h.date, h.commit, h.cpuModel, h.node, ...sizes.map((c) => cell(h, c))].join(" | ")} |`,
      ),
  ].join("\n");
}
