import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { PublicPackage } from "./workspace";

/** Absolute path of a published package's tarball in the folder the global setup packed into. */
export function tarballOf(dir: string, pkg: PublicPackage): string {
  const file = readdirSync(dir).find((f) => f.startsWith(`minsheng-${pkg}-`) && f.endsWith(".tgz"));
  if (!file) throw new Error(`no tarball for @minsheng/${pkg} in ${dir}`);
  return join(dir, file);
}
