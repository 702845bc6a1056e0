// The parts of a zip as its central directory lists them, found the way JSZip (inside exceljs and
// mammoth) finds them: the end record, then the directory, then each part's local header for where
// its data starts. Sizes are what the directory claims; nothing here trusts them to allocate.

/** One part of a zip, as its central directory gives it. */
export interface ZipPart {
  /** The part's path in the zip (`xl/worksheets/sheet1.xml`), read as UTF-8. */
  readonly name: string;
  /** 0 stored, 8 deflated; anything else no reader here inflates. */
  readonly method: number;
  /** Where the part's (compressed) data starts in the zip's bytes. */
  readonly dataStart: number;
  /** The compressed size the directory claims. */
  readonly compressedSize: number;
  /** The inflated size the directory claims (a zip may lie about it). */
  readonly size: number;
}

const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX_U32 = 0xffffffff;

const utf8 = new TextDecoder();

/**
 * The parts a zip's central directory lists, in its order, or null when the bytes hold no readable
 * directory (no zip, or one cut short). Zip64 sizes and offsets are read. Linear in the bytes: each
 * entry is read once, and there are no more entries than the directory has bytes for.
 *
 * @example
 * ```ts
 * import { zipSync } from "fflate";
 * zipParts(zipSync({ "a.txt": new Uint8Array(10) }, { level: 0 }))?.map((p) => [p.name, p.size]);
 * //=> [["a.txt", 10]]
 * zipParts(new Uint8Array([1, 2, 3])); //=> null
 * ```
 */
export function zipParts(bytes: Uint8Array): ZipPart[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return null;
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const zip64End = u64(view, locator + 8);
    if (zip64End + 56 > view.byteLength || view.getUint32(zip64End, true) !== ZIP64_END_RECORD) return null;
    count = u64(view, zip64End + 32);
    offset = u64(view, zip64End + 48);
  }
  const parts: ZipPart[] = [];
  for (let i = 0, at = offset; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const extraStart = at + 46 + nameLength;
    if (extraStart + extraLength > view.byteLength) return null;
    let size = view.getUint32(at + 24, true);
    let compressedSize = view.getUint32(at + 20, true);
    let local = view.getUint32(at + 42, true);
    // A field set to all ones is given again, as 8 bytes, in the zip64 extra field, in this order.
    if (size === MAX_U32 || compressedSize === MAX_U32 || local === MAX_U32) {
      let k = zip64Field(view, extraStart, extraLength);
      if (k < 0) return null;
      if (size === MAX_U32) {
        size = u64(view, k);
        k += 8;
      }
      if (compressedSize === MAX_U32) {
        compressedSize = u64(view, k);
        k += 8;
      }
      if (local === MAX_U32) local = u64(view, k);
    }
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) return null;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart > view.byteLength) return null;
    parts.push({
      name: utf8.decode(bytes.subarray(at + 46, extraStart)),
      method: view.getUint16(at + 10, true),
      dataStart,
      compressedSize: Math.min(compressedSize, view.byteLength - dataStart),
      size,
    });
    at = extraStart + extraLength + commentLength;
  }
  return parts;
}

/** The end record's index: searched back from the end over the longest comment it may have. */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--)
    if (view.getUint32(at, true) === END_RECORD) return at;
  return -1;
}

/** Where the zip64 extra field's data starts in an entry's extra fields, or -1. */
function zip64Field(view: DataView, start: number, length: number): number {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) return at + 4 + size <= view.byteLength ? at + 4 : -1;
    at += 4 + size;
  }
  return -1;
}

/** A little-endian 8-byte size or offset (exact up to 2^53, far past any file read here). */
function u64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) return Number.MAX_SAFE_INTEGER;
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}
