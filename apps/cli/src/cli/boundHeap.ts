import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";

// V8 collects garbage lazily: parsing a 100 MB report keeps about 350 MB alive but lets the heap
// grow past 1 GB before it collects. For `parse` on large inputs the CLI runs itself again with
// the heap bounded to a multiple of the input (the live set peaks under 6× the input on the
// densest documents we have, the seeds glued together; 7× leaves room), which keeps the peak near
// the live set at no cost in speed. Other commands hold metrics too and run unbounded, as do small
// inputs and runs whose heap the user sized (--max-old-space-size in NODE_OPTIONS).

/** Inputs below this many bytes in all run without a bound. */
const LARGE = 48 * 2 ** 20;
/** Heap bound per byte of input. */
const FACTOR = 7;
const MARK = "MINSHENG_HEAP_BOUND";

function inputBytes(args: readonly string[]): number {
  let total = 0;
  for (const a of args) {
    if (a.startsWith("-")) continue;
    try {
      const s = statSync(a);
      if (s.isFile()) total += s.size;
    } catch {
      // not a file: a command, an option's value, a glob or a directory (reported later if unusable)
    }
  }
  return total;
}

/**
 * Runs the CLI again with a bounded heap when the files named on the command line are large, and
 * returns its exit code; returns null when the current process should go on itself.
 */
export function runWithBoundedHeap(args: readonly string[], script: string | undefined): number | null {
  if (args[0] !== "parse" || process.env[MARK] || !script) return null;
  if ([...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) => a.includes("--max-old-space-size")))
    return null;
  const bytes = inputBytes(args);
  if (bytes < LARGE) return null;
  const mb = Math.max(512, Math.ceil((bytes * FACTOR) / 2 ** 20));
  const r = spawnSync(
    process.execPath,
    [`--max-old-space-size=${mb}`, ...process.execArgv, script, ...args],
    {
      stdio: "inherit",
      env: { ...process.env, [MARK]: String(mb) },
    },
  );
  return r.status ?? 1;
}
