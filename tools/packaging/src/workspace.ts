// Where things are, and small process helpers for the packaging checks.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the workspace root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The published packages, by folder under `packages/`. */
export const PUBLIC_PACKAGES = ["core", "parsers", "metrics"] as const;
/** One of {@link PUBLIC_PACKAGES}. */
export type PublicPackage = (typeof PUBLIC_PACKAGES)[number];

/** The subset of package.json the checks read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly exports?: Readonly<Record<string, unknown>>;
  readonly bin?: string | Readonly<Record<string, string>>;
}

/** Absolute path of a published package's folder. */
export function packageDir(pkg: PublicPackage): string {
  return join(ROOT, "packages", pkg);
}

/** Reads a package.json. */
export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
}

const require = createRequire(import.meta.url);

/** Absolute path of a dev dependency's bin script (run with `node`). */
export function binOf(pkg: string, bin: string): string {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
  const rel = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[bin];
  if (!rel) throw new Error(`${pkg} has no bin ${bin}`);
  return join(dirname(manifestPath), rel);
}

/** The outcome of a command. */
export interface RunResult {
  readonly ok: boolean;
  readonly output: string;
}

/** Runs a command, never throwing: `ok` is whether it exited 0, `output` is stdout and stderr. */
export function run(
  file: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): RunResult {
  try {
    const out = execFileSync(file, args, {
      cwd,
      env: { ...process.env, ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: out };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${err.message}\n${err.stdout ?? ""}\n${err.stderr ?? ""}` };
  }
}
