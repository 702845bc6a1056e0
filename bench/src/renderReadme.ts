import type { CliMemoryRow } from "./cliMemory";
import type { CliRunsRow } from "./cliRuns";
import type { DeadlineRow } from "./deadlinesBench";
import type { Machine } from "./machine";
import type { MetricsSizeRow } from "./metricsSizes";
import type { NumeralRow } from "./numeralsBench";
import type { ParseRow } from "./parseBench";
import { renderHistory, type ParseHistoryEntry } from "./parseHistory";

/** What run.ts measured. */
export interface BenchResults {
  readonly date: string;
  readonly quick: boolean;
  readonly machine: Machine;
  readonly seconds: number;
  readonly parse: readonly ParseRow[];
  readonly numerals: readonly NumeralRow[];
  readonly deadlines: readonly DeadlineRow[];
  readonly metrics: readonly MetricsSizeRow[];
  readonly cli: CliMemoryRow;
  readonly cliRuns: CliRunsRow;
}

const START = "<!-- results:start -->";
const END = "<!-- results:end -->";

/** A ratio with the lowest and highest of its rounds: `0.25 (0.24–0.26)`. */
const withRange = (ratio: number, [lo, hi]: readonly [number, number]): string => `${ratio} (${lo}–${hi})`;

const table = (head: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map((c) => (c === null ? "–" : String(c))).join(" | ")} |`),
  ].join("\n");

/**
 * The README with its results section (between the markers) replaced by tables of `r` and of the
 * parse ratios of every run in `history`; the text around the markers is kept, and written once when
 * the README does not exist yet.
 *
 * @example
 * ```ts
 * renderReadme("", results, []).includes("<!-- results:start -->"); //=> true
 * ```
 */
export function renderReadme(readme: string, r: BenchResults, history: readonly ParseHistoryEntry[]): string {
  const m = r.machine;
  const body = [
    START,
    `Measured ${r.date}${r.quick ? " (BENCH_QUICK=1: smoke run, not representative)" : ""} in ${r.seconds} s on ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node} (${m.platform}).`,
    `Versions: ${Object.entries(m.packages)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}.`,
    "",
    "### Parse throughput against the floor (decode + split lines + one numeral regex pass)",
    table(
      [
        "copies of the seeds",
        "MB",
        "floor MB/s",
        "parse MB/s",
        "parse / floor",
        "parse ms per MB",
        "tasks",
        "floor MB/s, Node's decoder",
        "parse / that floor",
        "rounds",
      ],
      r.parse.map((p) => [
        `${p.copies}×`,
        p.megabytes,
        p.floorMBps,
        p.parseMBps,
        withRange(p.ratioToFloor, p.ratioToFloorRange),
        p.parseMsPerMB,
        p.tasks,
        p.nodeFloorMBps,
        withRange(p.ratioToNodeFloor, p.ratioToNodeFloorRange),
        p.rounds,
      ]),
    ),
    "",
    "The floor decodes with TextDecoder, as it has since the bench was written. In Node the parser decodes",
    "valid UTF-8 with `buffer.isUtf8` and `buffer.transcode`, several times faster; the last two columns",
    "give the floor decoding that way too, so that no part of the ratio comes from a slower decoder in the floor.",
    "A ratio is over the whole run; in brackets, the lowest and highest ratio of a single round (floors and",
    "parse measured once each, in turns), which shows how much the machine's noise moved it.",
    "",
    "### Parse / floor across runs (`history.json`, newest first)",
    "One run's ratio is not the parser's: runs of the same code differ, and machines differ more (the",
    "CPU is the first thing to compare). A commit with `+` was measured with changes to the parser not",
    "yet committed.",
    "",
    renderHistory(history),
    "",
    `### Numerals (${r.numerals[0] ? r.numerals.length : 0} decoders, 40 figures from the seeds and tests)`,
    table(
      ["decoder", "right on tokens", "right in phrases", "tokens/s", "ratio to decodeChineseNumber"],
      r.numerals.map((n) => [
        n.name,
        `${n.tokensRight}/40`,
        n.phrasesRight === null ? null : `${n.phrasesRight}/40`,
        n.tokensPerSecond,
        n.ratio,
      ]),
    ),
    "",
    "### Deadlines (12 phrases; the seed line with 4,500 spaces is not given to chrono: cubic, about a minute)",
    table(
      ["reader", "right", "phrases/s", "ratio to readDeadline"],
      r.deadlines.map((d) => [d.name, `${d.right}/${d.total}`, d.phrasesPerSecond, d.ratio]),
    ),
    "",
    "### computeMetrics on synthetic corpora (one child process per size, --max-old-space-size=8192)",
    table(
      ["tasks", "ms", "tasks/s", "corpus heap MB", "peak heap MB", "child peak RSS MB"],
      r.metrics.map((x) => [x.tasks, x.ms, x.tasksPerSecond, x.corpusHeapMB, x.peakHeapMB, x.childPeakRssMB]),
    ),
    "",
    "### CLI memory (`node apps/cli/dist/bin.js parse <file> --format ndjson --max-size 200MB > /dev/null`)",
    table(
      ["file MB", "peak RSS MB", "under 1 GB", "seconds", "measured with"],
      [[r.cli.fileMB, r.cli.peakRssMB, r.cli.underOneGB ? "yes" : "NO", r.cli.seconds, r.cli.via]],
    ),
    "",
    `### CLI start and diff (child processes run in turns; medians of ${r.cliRuns.runs} and ${r.cliRuns.diffRuns} runs)`,
    table(
      ["`node -e 0` s", "`parse <one seed>` s", "ratio to node start"],
      [[r.cliRuns.nodeStartSeconds, r.cliRuns.oneFileSeconds, r.cliRuns.oneFileToNodeStart]],
    ),
    "",
    table(
      ["`diff` of a report and its edited copy", "seconds", "growth (linear ≈ size ratio)"],
      [
        [`${r.cliRuns.diffMB[0]} MB`, r.cliRuns.diffSeconds[0], null],
        [`${r.cliRuns.diffMB[1]} MB`, r.cliRuns.diffSeconds[1], r.cliRuns.diffGrowth],
      ],
    ),
    END,
  ].join("\n");
  if (readme.includes(START) && readme.includes(END))
    return readme.slice(0, readme.indexOf(START)) + body + readme.slice(readme.indexOf(END) + END.length);
  const intro = readme.trim()
    ? readme.trimEnd()
    : [
        "# @minsheng/bench",
        "",
        "`pnpm bench` (from the root: `turbo run bench`) measures the parser and the metrics against",
        "baselines run in the same process, and reports RATIOS: machines differ, ratios travel. It is not",
        "part of CI; the tests never assert a time. `BENCH_QUICK=1 pnpm bench` is a smoke run. The",
        "parse rows run the floors and the parse in turns, so a drifting machine weighs on all alike.",
        "",
        "- **parse**: all seeds concatenated 1×, 10×, 100×, `parseBytes` against the floor (decode, split",
        "  lines, one pass of a numeral regex) on the same bytes. Goal: parse ≥ 25% of the floor, ms per MB",
        "  flat from 1× to 100×. A second floor decodes as the parser does in Node (`buffer.isUtf8` and",
        "  `buffer.transcode`, several times faster than TextDecoder).",
        "- **numerals**: `decodeChineseNumber` and `readQuantities` against nzh and chinese-numbers-converter",
        "  on the figures of `src/numeralPhrases.ts` (expected values written there).",
        "- **deadlines**: `readDeadline` against chrono-node (zh) on `src/deadlinePhrases.ts`.",
        "- **metrics**: `computeMetrics` over 10⁴, 10⁵, 10⁶ synthetic tasks (`src/syntheticCorpus.ts`).",
        "- **memory**: the built CLI on a 100 MB file, peak RSS of the child (`/usr/bin/time -v`).",
        "- **CLI start and diff**: one seed parsed against a bare `node -e 0`, and `diff` of a report",
        "  against its edited copy at two sizes (growth near the size ratio when linear).",
        "",
        "Results: `results.json` (all figures, including each decoder's misses), `history.json` (the parse",
        "ratios of every full run, with its commit and CPU) and the tables below.",
      ].join("\n");
  return `${intro}\n\n## Results\n\n${body}\n`;
}
