import { inflatePart } from "./inflatePart";
import type { ZipPart } from "./zipParts";

/**
 * Why the parts are too large (claimed, then inflated), or null. `readerOf` may give a part a
 * reader of its inflated chunks, called as they come (none past the limit).
 * @internal
 *
 * @example
 * ```ts
 * partsTooLarge(bytes, zipParts(bytes) ?? [], 2 ** 20, () => null); //=> null for a small zip
 * ```
 */
export function partsTooLarge(
  bytes: Uint8Array,
  parts: readonly ZipPart[],
  maxBytes: number,
  readerOf: (part: ZipPart) => ((chunk: Uint8Array) => void) | null,
): string | null {
  let claimed = 0;
  for (const part of parts) claimed += part.size;
  if (claimed > maxBytes) return `its parts unzip to ${claimed} bytes, more than ${maxBytes} are read`;
  let inflated = 0;
  for (const part of parts) {
    const read = readerOf(part);
    inflatePart(bytes, part, (chunk) => {
      inflated += chunk.length;
      if (inflated > maxBytes) return false;
      read?.(chunk);
      return true;
    });
    if (inflated > maxBytes)
      return `its parts unzip to more than ${maxBytes} bytes, though its directory claims ${claimed}`;
  }
  return null;
}
