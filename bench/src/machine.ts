import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { createRequire } from "node:module";

/** The machine and the versions measured. */
export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGB: number;
  readonly node: string;
  readonly platform: string;
  readonly packages: Readonly<Record<string, string>>;
}

const require = createRequire(import.meta.url);

function versionOf(name: string): string {
  try {
    const main = require.resolve(name);
    let dir = main.slice(0, main.lastIndexOf(`/node_modules/${name}/`) + `/node_modules/${name}/`.length);
    if (!dir.endsWith("/")) dir += "/";
    return (JSON.parse(readFileSync(`${dir}package.json`, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

/**
 * Describes this machine and the package versions in play.
 *
 * @example
 * ```ts
 * machine().cpus > 0; //=> true
 * ```
 */
export function machine(): Machine {
  const own = (p: string) =>
    (
      JSON.parse(readFileSync(new URL(`../../packages/${p}/package.json`, import.meta.url), "utf8")) as {
        version: string;
      }
    ).version;
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    packages: {
      "@minsheng/parsers": own("parsers"),
      "@minsheng/metrics": own("metrics"),
      nzh: versionOf("nzh"),
      "chinese-numbers-converter": versionOf("chinese-numbers-converter"),
      "chrono-node": versionOf("chrono-node"),
      tinybench: versionOf("tinybench"),
    },
  };
}
