import { Inflate } from "fflate";
import type { ZipPart } from "./zipParts";

/**
 * Compressed bytes fed to the inflater at a time. Deflate inflates at most about 1032 times, so a
 * step yields at most some 17 MB, however much the part holds in all.
 */
const STEP = 16 * 1024;

/**
 * Inflates one part of a zip a step at a time, handing each inflated chunk to `onChunk`, which
 * returns false to stop. Nothing is kept: a part that inflates to gigabytes costs time, not memory,
 * and stops as soon as its reader has seen enough. Returns false when stopped or when the data is
 * not valid deflate (the zip's own reader then says what is wrong), true when the part was read to
 * its end. Stored parts are handed over as they are; other methods give nothing.
 *
 * @example
 * ```ts
 * import { zipSync } from "fflate";
 * import { zipParts } from "./zipParts";
 * const zip = zipSync({ "a.txt": new Uint8Array(100_000) });
 * let inflated = 0;
 * inflatePart(zip, zipParts(zip)![0]!, (chunk) => ((inflated += chunk.length), true)); //=> true
 * inflated; //=> 100000
 * ```
 */
export function inflatePart(
  bytes: Uint8Array,
  part: ZipPart,
  onChunk: (chunk: Uint8Array) => boolean,
): boolean {
  const data = bytes.subarray(part.dataStart, part.dataStart + part.compressedSize);
  if (part.method === 0) return onChunk(data);
  if (part.method !== 8) return true;
  return inflateSteps(data, onChunk);
}

/**
 * Inflates raw deflate data a step at a time (as {@link inflatePart} does a zip's part), handing
 * each chunk to `onChunk` until it returns false. Returns false when stopped or when the data is
 * not valid deflate (what came before the fault was handed over), true at its end.
 *
 * @example
 * ```ts
 * import { deflateSync } from "fflate";
 * let inflated = 0;
 * inflateSteps(deflateSync(new Uint8Array(100_000)), (chunk) => ((inflated += chunk.length), true)); //=> true
 * inflated; //=> 100000
 * ```
 */
export function inflateSteps(data: Uint8Array, onChunk: (chunk: Uint8Array) => boolean): boolean {
  let going = true;
  const inflater = new Inflate((chunk) => {
    if (going && chunk.length) going = onChunk(chunk);
  });
  try {
    for (let at = 0; going && at < data.length; at += STEP)
      inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch {
    return false;
  }
  return going;
}
