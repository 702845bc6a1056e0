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
void runCliMemory; void runCliRuns; void runDeadlinesBench; void machine; void QUICK; void runMetricsSizes; void runNumeralsBench; void appendHistory; void historyEntry; void measuredCommit; void renderReadme; void existsSync; void readFileSync; void writeFileSync;
const parse = await runParseBench([1]);
console.log(JSON.stringify(parse));
