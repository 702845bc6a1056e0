// Builds dist/ before the browser tests when it is missing or older than anything it is built from
// (page sources, seeds, workspace package sources), so a stale page never gets compared with fresh
// metrics. CI builds first (`pnpm build`), so there this is a no-op. DASHBOARD_NO_BUILD=1 skips it.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vite";
import { APP_DIR, CHROMIUM, DIST_DIR, HAS_CHROMIUM } from "./paths";

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === "node_modules" || name === "dist" || name === "test-output") continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

export default async function setup(): Promise<void> {
  if (!HAS_CHROMIUM) {
    // The skipped tests' names say why too, but the default reporter does not list skipped tests.
    process.stderr.write(
      `dashboard: browser tests skipped, ${CHROMIUM} is absent (apt-get install -y chromium fonts-noto-cjk)\n`,
    );
    return;
  }
  if (process.env["DASHBOARD_NO_BUILD"] === "1") return;
  const built = newest(join(DIST_DIR, "index.html"));
  const inputs = Math.max(
    ...["src", "index.html", "vite.config.ts", "seeds.ts", "package.json"].map((p) =>
      newest(join(APP_DIR, p)),
    ),
    newest(resolve(APP_DIR, "../../seeds")),
    ...["core", "parsers", "metrics", "table-readers"].map((p) =>
      newest(resolve(APP_DIR, "../../packages", p, "src")),
    ),
  );
  if (built > inputs) return;
  await build({ root: APP_DIR, configFile: join(APP_DIR, "vite.config.ts"), logLevel: "error" });
}
