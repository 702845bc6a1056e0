// Peak memory of the built CLI parsing a 100 MB file (the seeds repeated), measured on the child.
import { spawnSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runMeasured } from "./childProcess";
import { QUICK } from "./measure";
import { seedCorpus } from "./seedCorpus";

/** The CLI run's figures. */
export interface CliMemoryRow {
  readonly fileMB: number;
  readonly peakRssMB: number | null;
  readonly seconds: number;
  readonly via: string;
  readonly underOneGB: boolean;
  readonly exitCode: number | null;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Builds the CLI (turbo-cached), writes a file of `megabytes` (default 100; 10 with BENCH_QUICK=1)
 * and parses it with `node apps/cli/dist/bin.js parse <file> --format ndjson --max-size 200MB`,
 * output discarded.
 *
 * @example
 * ```ts
 * (await runCliMemory(1)).underOneGB; //=> true
 * ```
 */
export async function runCliMemory(megabytes = QUICK ? 10 : 100): Promise<CliMemoryRow> {
  const build = spawnSync(
    "pnpm",
    ["exec", "turbo", "run", "build", "--filter=@minsheng/cli", "--output-logs=errors-only"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  if (build.status !== 0) throw new Error(`CLI build failed:\n${build.stdout}\n${build.stderr}`);
  const one = seedCorpus(1);
  const copies = Math.ceil((megabytes * 2 ** 20) / Buffer.byteLength(one));
  const file = join(tmpdir(), `minsheng-bench-${process.pid}.txt`);
  writeFileSync(file, one.repeat(copies));
  try {
    const fileMB = Math.round((Buffer.byteLength(one) * copies) / 2 ** 20);
    // ndjson goes to stdout; runMeasured keeps only its first MB (the rest is discarded as it comes).
    const run = await runMeasured(
      process.execPath,
      ["apps/cli/dist/bin.js", "parse", file, "--format", "ndjson", "--max-size", "200MB"],
      ROOT,
    );
    if (run.code !== 0) throw new Error(`CLI parse failed (${run.code}):\n${run.stderr.slice(-2000)}`);
    return {
      fileMB,
      peakRssMB: run.peakRssMB,
      seconds: run.seconds,
      via: run.via,
      underOneGB: run.peakRssMB !== null && run.peakRssMB < 1024,
      exitCode: run.code,
    };
  } finally {
    rmSync(file, { force: true });
  }
}
