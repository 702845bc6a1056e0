// Test plumbing: a static server for dist/, Debian's Chromium through playwright-core, and the
// expected figures computed in Node from the same seed files the page bundles.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { Document, Metrics } from "@minsheng/core";
import { computeMetrics } from "@minsheng/metrics";
import { parseFile, resolveCorpus } from "@minsheng/parsers/node";
import { chromium, type Browser, type Page } from "playwright-core";

import { CHROMIUM, SEEDS_DIR } from "./paths";

export { APP_DIR, CHROMIUM, DIST_DIR, HAS_CHROMIUM, OUTPUT_DIR, SEEDS_DIR } from "./paths";

/** The flags this machine's Chromium needs: no sandbox as root, and no background network (it is closed). */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json",
};

/** Serves a directory on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export const SEED_FILES = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort();

/** The seeds as the page reads them: same bytes, same `source.path`, same order, resolved together. */
export function seedDocs(
  files: readonly string[] = SEED_FILES,
  pathOf = (f: string) => `seeds/${f}`,
): Document[] {
  return resolveCorpus(files.map((f) => parseFile(join(SEEDS_DIR, f), { path: pathOf(f) })));
}

export function metricsOf(docs: readonly Document[], asOf: string): Metrics {
  return computeMetrics(docs, { asOf });
}

/** Collects what must not happen on a page: console errors, uncaught errors, dialogs. */
export function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { errors, dialogs };
}

/** Waits until the page has finished computing generation `n` or later. */
export async function ready(page: Page, after = 0): Promise<number> {
  await page.waitForFunction(
    (n) => document.body.dataset["state"] === "ready" && Number(document.body.dataset["generation"]) > n,
    after,
  );
  return Number(await page.evaluate(() => document.body.dataset["generation"]));
}

export async function showView(page: Page, view: string): Promise<void> {
  await page.click(`nav a[data-view="${view}"]`);
  await page.waitForSelector(`main[data-view="${view}"]`);
}

/** The text of a `data-figure` in the current view or header. */
export async function figure(page: Page, name: string, scope = "body"): Promise<string> {
  return (await page.locator(`${scope} [data-figure="${name}"]`).first().textContent()) ?? "";
}

export function percent(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`;
}
