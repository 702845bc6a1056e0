// What a run loads: the libraries behind the binary readers and the xlsx writer (exceljs alone
// takes about half a second to load) are loaded by the runs that need them, not by every run.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, tempDir } from "./helpers/runCli";

const HEAVY = /^(?:exceljs|mammoth|pdfjs-dist)(?:\/|$)/;

/** Runs the CLI with a module hook that logs every bare specifier it resolves; returns them. */
function loadedPackages(args: readonly string[]): { code: number | null; packages: string[] } {
  const dir = tempDir("minsheng-startup-");
  const log = join(dir, "resolved.txt");
  writeFileSync(log, "");
  const hooks = join(dir, "hooks.mjs");
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  if (!/^[./]|^[a-z]+:/.test(specifier)) appendFileSync(${JSON.stringify(log)}, specifier + "\\n");
  return next(specifier, context);
}
`,
  );
  const register = join(dir, "register.mjs");
  writeFileSync(
    register,
    `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: "1" },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, packages: readFileSync(log, "utf8").split("\n").filter(Boolean) };
}

describe("what a run loads", () => {
  it("parses a text file without loading exceljs, mammoth or pdf.js", () => {
    const seed = join(ROOT, "seeds", "000_297e35da228aaa3d.txt");
    const run = loadedPackages(["parse", seed, "--format", "ndjson"]);
    expect(run.code).toBe(0);
    // the hook does see the packages a run does load
    expect(run.packages).toContain("cac");
    expect(run.packages.filter((p) => HEAVY.test(p))).toEqual([]);
  });

  it("loads exceljs when it writes a workbook", () => {
    const dir = tempDir("minsheng-startup-out-");
    const seed = join(ROOT, "seeds", "000_297e35da228aaa3d.txt");
    const run = loadedPackages(["parse", seed, "--format", "xlsx", "--out", join(dir, "tasks.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.packages).toContain("exceljs");
  });
});
