// Packs the published packages once per run (`pnpm pack`, which rewrites `workspace:*` to versions
// exactly as publishing does) and hands the tarball folder to the tests.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { PUBLIC_PACKAGES, packageDir, run } from "./workspace";

declare module "vitest" {
  export interface ProvidedContext {
    /** Absolute path of the folder holding `minsheng-<pkg>-<version>.tgz` for each published package. */
    tarballDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "minsheng-pack-"));
  for (const pkg of PUBLIC_PACKAGES) {
    const pkgDir = packageDir(pkg);
    if (!existsSync(join(pkgDir, "dist", "index.js"))) {
      throw new Error(
        `packages/${pkg}/dist/index.js is missing: run \`pnpm build\` first (turbo does, for \`pnpm test\`)`,
      );
    }
    const r = run("pnpm", ["pack", "--pack-destination", dir], pkgDir);
    if (!r.ok) throw new Error(`pnpm pack failed in packages/${pkg}:\n${r.output}`);
  }
  if (readdirSync(dir).filter((f) => f.endsWith(".tgz")).length !== PUBLIC_PACKAGES.length) {
    throw new Error(`expected ${PUBLIC_PACKAGES.length} tarballs in ${dir}`);
  }
  project.provide("tarballDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
