// One side of compareBuilds: loads a build of the parser, warms it up, then times it against the
// floor in turns and prints the median of the rounds' parse / floor. Run in a process of its own.
import { pathToFileURL } from "node:url";
import { floor } from "./parseBench";
import { seedCorpus } from "./seedCorpus";

type ParseBytes = (bytes: Uint8Array) => unknown;

/** Milliseconds per call of `fn`, over calls made for at least `ms` milliseconds. */
function msPerCall(fn: () => unknown, ms: number): number {
  let n = 0;
  const t0 = performance.now();
  let t = 0;
  do {
    fn();
    n++;
  } while ((t = performance.now() - t0) < ms);
  return t / n;
}

/**
 * The median over rounds of parse / floor (speeds, so higher is faster) for `parseBytes` on the
 * seeds repeated `copies` times, each round timing the floor for 100 ms and the parse for 300 ms.
 *
 * @example
 * ```ts
 * import { parseBytes } from "@minsheng/parsers";
 * parseRatio(parseBytes, 1, 1) > 0; //=> true
 * ```
 */
export function parseRatio(parseBytes: ParseBytes, copies: number, seconds: number): number {
  const bytes = new TextEncoder().encode(seedCorpus(copies));
  msPerCall(() => parseBytes(bytes), 2500);
  msPerCall(() => floor(bytes), 500);
  const ratios: number[] = [];
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end || ratios.length < 3)
    ratios.push(msPerCall(() => floor(bytes), 100) / msPerCall(() => parseBytes(bytes), 300));
  ratios.sort((a, b) => a - b);
  return ratios[ratios.length >> 1] ?? 0;
}

const [modulePath, copies = "1", seconds = "4"] = process.argv.slice(2);
if (modulePath) {
  const mod = (await import(pathToFileURL(modulePath).href)) as { parseBytes?: ParseBytes };
  if (typeof mod.parseBytes !== "function") throw new Error(`${modulePath} exports no parseBytes`);
  console.log(parseRatio(mod.parseBytes, Number(copies), Number(seconds)));
}
