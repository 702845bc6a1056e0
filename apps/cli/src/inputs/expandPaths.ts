import { readdirSync, statSync, type Stats } from "node:fs";
import { join, relative, sep } from "node:path";
import { InputError } from "../cli/exitCodes";
import { DOCUMENT_EXTENSIONS, formatOfPath } from "./formats";
import { globToRegExp, isGlob, splitGlobBase } from "./globToRegExp";

/** One input to read: a file path, or `-` for standard input. */
export interface InputRef {
  /** The path as the user will recognise it (relative paths stay relative); `-` is standard input. */
  readonly path: string;
}

/** The inputs found, and the arguments that named nothing usable. */
export interface ExpandedPaths {
  readonly inputs: InputRef[];
  readonly problems: InputError[];
}

const SKIPPED_DIRS = new Set(["node_modules", ".git"]);

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".") || SKIPPED_DIRS.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
}

const isDocument = (p: string) => DOCUMENT_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(ext));
const toSlash = (p: string) => p.split(sep).join("/");

function statOrNull(p: string): Stats | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/**
 * Turns the command's arguments into files: files as given, directories searched recursively for
 * document extensions (sorted, hidden entries and node_modules skipped), globs matched against the
 * tree below their fixed prefix. Duplicates are read once, in first-seen order.
 */
export function expandPaths(args: readonly string[]): ExpandedPaths {
  const inputs: InputRef[] = [];
  const problems: InputError[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    inputs.push({ path });
  };
  for (const arg of args) {
    if (arg === "-") {
      add("-");
      continue;
    }
    const stats = statOrNull(arg);
    if (stats?.isDirectory()) {
      const files: string[] = [];
      walk(arg, files);
      const docs = files.filter(isDocument);
      if (docs.length === 0)
        problems.push(
          new InputError(arg, `no documents found (looked for ${DOCUMENT_EXTENSIONS.join(" ")})`),
        );
      docs.forEach(add);
    } else if (stats) {
      add(arg);
    } else if (isGlob(arg)) {
      const { base, pattern } = splitGlobBase(toSlash(arg));
      const re = globToRegExp(pattern);
      const files: string[] = [];
      walk(base, files);
      const matched = files.filter((f) => re.test(toSlash(relative(base, f))) && formatOfPath(f) !== null);
      if (matched.length === 0) problems.push(new InputError(arg, "no file matches this pattern"));
      matched.forEach(add);
    } else {
      problems.push(new InputError(arg, "no such file or directory"));
    }
  }
  return { inputs, problems };
}
