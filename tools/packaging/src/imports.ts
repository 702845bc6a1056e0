// What a built JavaScript file imports, followed through its relative imports (tsup's chunks).
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, resolve } from "node:path";

const PATTERNS = [
  /\bfrom\s*["']([^"']+)["']/g,
  /\bimport\s*["']([^"']+)["']/g,
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
];

/** The bare specifiers (packages, builtins) a file and the files it imports relatively import. */
export function externalImports(entry: string): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const re of PATTERNS) {
      for (const m of code.matchAll(re)) {
        const spec = m[1] ?? "";
        if (spec.startsWith(".")) {
          const target = resolve(dirname(file), spec);
          if (!existsSync(target)) throw new Error(`${file} imports ${spec}, which does not exist`);
          queue.push(target);
        } else {
          out.add(spec);
        }
      }
    }
  }
  return out;
}

/** Whether a specifier names a Node built-in module (`node:fs`, `fs`, `fs/promises`). */
export function isNodeBuiltin(spec: string): boolean {
  return (
    spec.startsWith("node:") ||
    builtinModules.includes(spec) ||
    builtinModules.includes(spec.split("/")[0] ?? "")
  );
}
