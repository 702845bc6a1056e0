// Build-time side of the seed corpus: a Vite plugin serving the virtual module
// `virtual:minsheng-seeds`, which holds the bytes of every /seeds/*.txt file.
//
// Why bytes and not parsed documents: the page parses them with the same `parseBytes` it uses for
// files a person drops, so there is one code path, the source lines are at hand for the task table,
// and a change of as-of date only needs `computeMetrics` again — all in the browser.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";

export const SEEDS_MODULE_ID = "virtual:minsheng-seeds";
const RESOLVED_ID = `\0${SEEDS_MODULE_ID}`;

/** One seed file as the page receives it. `path` is what becomes `Document.source.path`. */
export interface SeedFile {
  readonly path: string;
  /** UTF-8 text when the bytes are valid UTF-8 (smaller, gzips well), otherwise base64 of the bytes. */
  readonly text?: string;
  readonly base64?: string;
}

/** Reads the seed directory, sorted by name so the input order (and so section order) is stable. */
export function readSeeds(dir: string): SeedFile[] {
  const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      const path = `seeds/${name}`;
      try {
        const text = utf8.decode(bytes);
        // A BOM would be lost by a round trip through a JS string literal; keep such files as bytes.
        if (!text.startsWith("\uFEFF")) return { path, text };
      } catch {
        // not UTF-8 (GB18030, UTF-16…): ship the bytes and let parseBytes detect the encoding
      }
      return { path, base64: bytes.toString("base64") };
    });
}

export function seedsPlugin(dir: string): Plugin {
  return {
    name: "minsheng-seeds",
    resolveId(id) {
      return id === SEEDS_MODULE_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const seeds = readSeeds(dir);
      for (const s of seeds) this.addWatchFile(join(dir, s.path.slice("seeds/".length)));
      return `export default ${JSON.stringify(seeds)};`;
    },
  };
}
