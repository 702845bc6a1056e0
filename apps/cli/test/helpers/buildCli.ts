// Builds apps/cli/dist/bin.js once per test run when it is missing or older than any source it
// bundles (its own src and the workspace packages', see tsup.config.ts).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI_DIR = fileURLToPath(new URL("../../", import.meta.url));
const ROOT = join(CLI_DIR, "../..");
export const BIN = join(CLI_DIR, "dist/bin.js");

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const e of readdirSync(path))
    if (e !== "node_modules" && e !== "dist" && !e.endsWith(".test.ts"))
      max = Math.max(max, newest(join(path, e)));
  return max;
}

export default function setup(): void {
  const sources = [
    join(CLI_DIR, "src"),
    join(CLI_DIR, "tsup.config.ts"),
    join(CLI_DIR, "package.json"),
    ...["core", "parsers", "metrics", "table-readers"].map((p) => join(ROOT, "packages", p, "src")),
  ];
  const built = existsSync(BIN) ? statSync(BIN).mtimeMs : 0;
  if (sources.every((s) => built > newest(s))) return;
  execFileSync("pnpm", ["--filter", "@minsheng/cli", "build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
