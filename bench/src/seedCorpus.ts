import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The workspace's seeds folder. */
export const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));

/**
 * Every seed, in name order, joined with line breaks and repeated `copies` times: one document of
 * many sections, as a large export would be.
 *
 * @example
 * ```ts
 * seedCorpus(2).length > seedCorpus(1).length; //=> true
 * ```
 */
export function seedCorpus(copies: number): string {
  const one = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(SEEDS_DIR + f, "utf8").replace(/\n?$/, "\n"))
    .join("");
  return one.repeat(copies);
}
