// Paths and the Chromium check, free of workspace imports: globalSetup loads this outside Vite's
// resolver, where the `@minsheng/source` condition (and so the packages' sources) is not available.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));
export const DIST_DIR = join(APP_DIR, "dist");
export const OUTPUT_DIR = join(APP_DIR, "test-output");
export const SEEDS_DIR = resolve(APP_DIR, "../../seeds");
export const CHROMIUM = "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);
