import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

/** What a child process left: its output and its peak resident memory. */
export interface ChildRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident set size of the child, MB (from /usr/bin/time -v, else polled VmHWM). */
  readonly peakRssMB: number | null;
  readonly seconds: number;
  readonly via: "/usr/bin/time -v" | "/proc VmHWM" | "none";
}

const TIME = "/usr/bin/time";

/**
 * Runs a command and measures its peak RSS: through `/usr/bin/time -v` when present, else by
 * polling `/proc/<pid>/status` (VmHWM) every 50 ms.
 *
 * @example
 * ```ts
 * (await runMeasured("node", ["-e", "1"])).code; //=> 0
 * ```
 */
export function runMeasured(command: string, args: readonly string[], cwd?: string): Promise<ChildRun> {
  const viaTime = existsSync(TIME);
  const t0 = performance.now();
  const child = viaTime
    ? spawn(TIME, ["-v", command, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] })
    : spawn(command, [...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => {
    if (stdout.length < 1 << 20) stdout += d.toString();
  });
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  let polled = 0;
  const timer = viaTime
    ? null
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
          if (m) polled = Math.max(polled, Number(m[1]));
        } catch {
          // the child has ended
        }
      }, 50);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      if (timer) clearInterval(timer);
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const kb = viaTime ? (m ? Number(m[1]) : null) : polled || null;
      resolve({
        code,
        stdout,
        stderr,
        peakRssMB: kb === null ? null : Math.round(kb / 1024),
        seconds: Math.round((performance.now() - t0) / 100) / 10,
        via: viaTime ? "/usr/bin/time -v" : polled ? "/proc VmHWM" : "none",
      });
    });
  });
}
