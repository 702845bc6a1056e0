// Zips whose directory says what the test wants it to say about each part's size, as a zip bomb's
// does: a reader that sizes its memory by the directory is fooled, and one that trusts it unzips
// the part's real size anyway. Written by hand, so that the same small deflated data can stand
// for many parts without compressing hundreds of megabytes in a test.

/** One part of a {@link lyingZip}. */
export interface LyingPart {
  /** The part's path in the zip. */
  readonly name: string;
  /** Raw deflate data (as fflate's `deflateSync` gives it): what the part really inflates to. */
  readonly deflated: Uint8Array;
  /** The inflated size the zip's headers claim. */
  readonly claims: number;
}

/**
 * A zip of deflated parts whose local headers and central directory claim the sizes given (CRCs
 * are 0: readers that check them fail, as they would on any corrupt file).
 *
 * @example
 * ```ts
 * import { deflateSync } from "fflate";
 * const bomb = lyingZip([{ name: "a.xml", deflated: deflateSync(new Uint8Array(2 ** 20)), claims: 1 }]);
 * bomb.length < 2000; //=> true
 * ```
 */
export function lyingZip(parts: readonly LyingPart[]): Uint8Array {
  const names = parts.map((p) => new TextEncoder().encode(p.name));
  const localSize = parts.reduce((n, p, i) => n + 30 + (names[i]?.length ?? 0) + p.deflated.length, 0);
  const directorySize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(localSize + directorySize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((p, i) => {
    const name = names[i] as Uint8Array;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 8, 8, true);
    view.setUint32(at + 18, p.deflated.length, true);
    view.setUint32(at + 22, p.claims, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(p.deflated, at + 30 + name.length);
    at += 30 + name.length + p.deflated.length;
  });
  parts.forEach((p, i) => {
    const name = names[i] as Uint8Array;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 10, 8, true);
    view.setUint32(at + 20, p.deflated.length, true);
    view.setUint32(at + 24, p.claims, true);
    view.setUint16(at + 28, name.length, true);
    view.setUint32(at + 42, offsets[i] as number, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, directorySize, true);
  view.setUint32(at + 16, localSize, true);
  return out;
}
