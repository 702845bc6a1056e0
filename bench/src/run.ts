// `pnpm bench`: every benchmark, in one process except the memory ones (children), as RATIOS to
// baselines run in the same process. Writes bench/results.json and the table in bench/README.md.
// BENCH_QUICK=1 for a smoke run (shorter timings, smaller sizes).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { runCliMemory } from "./cliMemory";
import { runCliRuns } from "./cliRuns";
import { runDeadlinesBench } from "./deadlinesBench";
import { machine } from "./machine";
import { QUICK } from "./measure";
import { runMetricsSizes } from "./metricsSizes";
import { runNumeralsBench } from "./numeralsBench";
import { runParseBench } from "./parseBench";
import { appendHistory, historyEntry, measuredCommit, type ParseHistoryEntry } from "./parseHistory";
import { renderReadme } from "./renderReadme";

process.env.TZ = "UTC";
const t0 = performance.now();
const step = (name: string) =>
  console.log(`bench: ${name} (${Math.round((performance.now() - t0) / 1000)} s)`);

step("parse throughput vs floor");
const parse = await runParseBench();
console.table(parse);
step("numerals vs nzh and chinese-numbers-converter");
const numerals = await runNumeralsBench();
console.table(numerals.map(({ wrong: _w, ...r }) => r));
step("deadlines vs chrono-node");
const deadlines = await runDeadlinesBench();
console.table(deadlines.map(({ wrong: _w, ...r }) => r));
step("metrics in child processes");
const metrics = await runMetricsSizes();
console.table(metrics);
step("CLI peak memory");
const cli = await runCliMemory();
console.table([cli]);
step("CLI start and diff growth");
const cliRuns = runCliRuns();
console.table([cliRuns]);

const results = {
  date: new Date().toISOString().slice(0, 10),
  quick: QUICK,
  machine: machine(),
  seconds: Math.round((performance.now() - t0) / 1000),
  parse,
  numerals,
  deadlines,
  metrics,
  cli,
  cliRuns,
};
const resultsUrl = new URL("../results.json", import.meta.url);
const readmeUrl = new URL("../README.md", import.meta.url);
writeFileSync(resultsUrl, `${JSON.stringify(results, null, 2)}\n`);
// Every full run's parse ratios, beside the others': a smoke run is not one of them.
const historyUrl = new URL("../history.json", import.meta.url);
let history: ParseHistoryEntry[] = existsSync(historyUrl)
  ? (JSON.parse(readFileSync(historyUrl, "utf8")) as ParseHistoryEntry[])
  : [];
if (!QUICK) {
  history = appendHistory(history, historyEntry(results.date, measuredCommit(), results.machine, parse));
  writeFileSync(historyUrl, `${JSON.stringify(history, null, 2)}\n`);
}
let readme = "";
try {
  readme = readFileSync(readmeUrl, "utf8");
} catch {
  // first run
}
writeFileSync(readmeUrl, renderReadme(readme, results, history));
step("done: bench/results.json, history.json and README.md written");
