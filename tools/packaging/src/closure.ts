// The third-party packages the published packages need at run time, found in the workspace's
// node_modules (the pnpm store) and packed into tarballs, so a scratch project can install
// everything offline: nothing is downloaded.
import { execFileSync } from "node:child_process";
import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { readManifest } from "./workspace";

/** One installed package of the dependency closure. */
export interface ClosureNode {
  readonly name: string;
  readonly version: string;
  /** Its folder (a real path inside the pnpm store). */
  readonly dir: string;
  /** Names of the packages that depend on it. */
  readonly dependents: ReadonlySet<string>;
}

/** Finds a dependency the way Node does: `node_modules/<name>` in the folder and its ancestors. */
function resolveFrom(dir: string, name: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (basename(d) !== "node_modules") {
      const candidate = join(d, "node_modules", name);
      if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    }
    if (dirname(d) === d) throw new Error(`cannot resolve ${name} from ${dir}`);
  }
}

/**
 * Every package reachable through `dependencies` from the given package folders, except the
 * workspace's own packages (named in `own`).
 */
export function dependencyClosure(packageDirs: readonly string[], own: ReadonlySet<string>): ClosureNode[] {
  const nodes = new Map<string, { name: string; version: string; dir: string; dependents: Set<string> }>();
  const queue: { from: string; dependent: string; name: string }[] = [];
  for (const dir of packageDirs) {
    const m = readManifest(dir);
    for (const name of Object.keys(m.dependencies ?? {})) queue.push({ from: dir, dependent: m.name, name });
  }
  for (let item = queue.shift(); item; item = queue.shift()) {
    if (own.has(item.name)) continue;
    const dir = resolveFrom(item.from, item.name);
    const m = readManifest(dir);
    const key = `${m.name}@${m.version}`;
    const known = nodes.get(key);
    if (known) {
      known.dependents.add(item.dependent);
      continue;
    }
    nodes.set(key, { name: m.name, version: m.version, dir, dependents: new Set([item.dependent]) });
    for (const name of Object.keys(m.dependencies ?? {})) queue.push({ from: dir, dependent: m.name, name });
  }
  return [...nodes.values()].sort((a, b) => `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`));
}

/** Packs an installed package folder into an npm-style tarball (`package/…`); returns its path. */
export function packFolder(dir: string, destDir: string, fileName: string): string {
  const out = join(destDir, fileName);
  // GNU tar: follow symlinks (-h), store hard links as files (the pnpm store hard-links equal files,
  // which npm would not extract), and put every entry under `package/`, as npm does.
  execFileSync("tar", ["-czhf", out, "--hard-dereference", "-C", dir, "--transform", "s,^\\.,package,", "."]);
  return out;
}

/**
 * The `dependencies` and `overrides` of a scratch package.json that install the closure from local
 * tarballs: one version of each name at the top, the others nested under the packages that need them.
 */
export function scratchDependencies(
  closure: readonly ClosureNode[],
  tarballOf: (node: ClosureNode) => string,
): { dependencies: Record<string, string>; overrides: Record<string, Record<string, string>> } {
  const dependencies: Record<string, string> = {};
  const overrides: Record<string, Record<string, string>> = {};
  const byName = new Map<string, ClosureNode[]>();
  for (const n of closure) byName.set(n.name, [...(byName.get(n.name) ?? []), n]);
  for (const [name, versions] of byName) {
    // The version most packages need goes to the top; the rest are overridden where they are needed.
    const [top, ...nested] = [...versions].sort((a, b) => b.dependents.size - a.dependents.size);
    if (!top) continue;
    dependencies[name] = `file:${tarballOf(top)}`;
    for (const n of nested) {
      for (const dependent of n.dependents)
        overrides[dependent] = { ...overrides[dependent], [name]: `file:${tarballOf(n)}` };
    }
  }
  return { dependencies, overrides };
}
