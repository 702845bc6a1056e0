import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Absolute path of the workspace root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** Absolute path of the seeds folder. */
export const SEEDS_DIR = fileURLToPath(new URL("../../../seeds/", import.meta.url));

/** Absolute paths of every seed `.txt`, sorted. */
export function seedPaths(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => SEEDS_DIR + f);
}
