import fc from "fast-check";
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { describe, expect, it } from "vitest";

/** Cases per property: 10,000 in CI (FC_NUM_RUNS), fewer locally. */
const RUNS = Number(process.env.FC_NUM_RUNS ?? 100);
import { zipParts } from "./zipParts";

/** The zip `zip` as a zip64 archive: its end record's fields all ones, the real ones in zip64 records. */
function asZip64(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const count = view.getUint16(end + 10, true);
  const dirSize = view.getUint32(end + 12, true);
  const dirOffset = view.getUint32(end + 16, true);
  const out = new Uint8Array(end + 56 + 20 + 22);
  out.set(zip.subarray(0, end));
  const o = new DataView(out.buffer);
  const zip64End = end;
  o.setUint32(zip64End, 0x06064b50, true);
  o.setBigUint64(zip64End + 4, 44n, true);
  o.setBigUint64(zip64End + 24, BigInt(count), true);
  o.setBigUint64(zip64End + 32, BigInt(count), true);
  o.setBigUint64(zip64End + 40, BigInt(dirSize), true);
  o.setBigUint64(zip64End + 48, BigInt(dirOffset), true);
  const locator = zip64End + 56;
  o.setUint32(locator, 0x07064b50, true);
  o.setBigUint64(locator + 8, BigInt(zip64End), true);
  o.setUint32(locator + 16, 1, true);
  const record = locator + 20;
  out.set(zip.subarray(end), record);
  o.setUint16(record + 10, 0xffff, true);
  o.setUint16(record + 8, 0xffff, true);
  o.setUint32(record + 16, 0xffffffff, true);
  return out;
}

/**
 * A zip of one stored part whose directory entry gives its sizes and offset in a zip64 extra
 * field (after an unrelated extra field), its 4-byte fields all ones.
 */
function zip64Entry(name: string, data: Uint8Array): Uint8Array {
  const nameBytes = strToU8(name);
  const local = 30 + nameBytes.length;
  const entry = 46 + nameBytes.length + 8 + 28;
  const out = new Uint8Array(local + data.length + entry + 22);
  const o = new DataView(out.buffer);
  o.setUint32(0, 0x04034b50, true);
  o.setUint16(26, nameBytes.length, true);
  out.set(nameBytes, 30);
  out.set(data, local);
  const at = local + data.length;
  o.setUint32(at, 0x02014b50, true);
  o.setUint32(at + 20, 0xffffffff, true);
  o.setUint32(at + 24, 0xffffffff, true);
  o.setUint32(at + 42, 0xffffffff, true);
  o.setUint16(at + 28, nameBytes.length, true);
  o.setUint16(at + 30, 8 + 28, true);
  out.set(nameBytes, at + 46);
  const extra = at + 46 + nameBytes.length;
  o.setUint16(extra, 0x5455, true); // a timestamp field first
  o.setUint16(extra + 2, 4, true);
  o.setUint16(extra + 8, 0x0001, true);
  o.setUint16(extra + 10, 24, true);
  o.setBigUint64(extra + 12, BigInt(data.length), true);
  o.setBigUint64(extra + 20, BigInt(data.length), true);
  o.setBigUint64(extra + 28, 0n, true);
  const end = at + entry;
  o.setUint32(end, 0x06054b50, true);
  o.setUint16(end + 8, 1, true);
  o.setUint16(end + 10, 1, true);
  o.setUint32(end + 12, entry, true);
  o.setUint32(end + 16, at, true);
  return out;
}

const files: Zippable = {
  "xl/worksheets/sheet1.xml": strToU8("<sheetData>序号</sheetData>".repeat(200)),
  "stored.txt": [strToU8("stored as it is"), { level: 0 }],
  "目录/名.xml": new Uint8Array(3000),
};

describe("zipParts", () => {
  it("lists each part's name, method, sizes and where its data starts", () => {
    const zip = zipSync(files);
    const parts = zipParts(zip);
    expect(parts?.map((p) => [p.name, p.method, p.size])).toEqual([
      ["xl/worksheets/sheet1.xml", 8, strToU8("<sheetData>序号</sheetData>").length * 200],
      ["stored.txt", 0, 15],
      ["目录/名.xml", 8, 3000],
    ]);
    const stored = parts?.[1];
    expect(
      stored &&
        new TextDecoder().decode(zip.subarray(stored.dataStart, stored.dataStart + stored.compressedSize)),
    ).toBe("stored as it is");
  });

  it("finds the directory behind an archive comment and in a zip64 archive", () => {
    const zip = zipSync(files);
    const commented = zipSync(files, { comment: "注释".repeat(100) });
    expect(zipParts(commented)?.map((p) => p.name)).toEqual(zipParts(zip)?.map((p) => p.name));
    expect(zipParts(asZip64(zip))).toEqual(zipParts(zip));
  });

  it("reads an entry's sizes and offset from its zip64 extra field", () => {
    const data = strToU8("零一二三四五六七八九");
    const zip = zip64Entry("a.xml", data);
    expect(zipParts(zip)).toEqual([
      { name: "a.xml", method: 0, dataStart: 35, compressedSize: data.length, size: data.length },
    ]);
    // an entry of all-ones fields without a zip64 field is no readable directory
    const without = zip.slice();
    new DataView(without.buffer).setUint16(zip.length - 22 - 28, 0x9999, true);
    expect(zipParts(without)).toBeNull();
  });

  it("gives null for bytes that are no zip or a zip cut short, never reading past them", () => {
    const zip = zipSync(files);
    expect(zipParts(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(zipParts(new Uint8Array(0))).toBeNull();
    expect(zipParts(zip.subarray(0, zip.length - 30))).toBeNull();
    // an end record claiming 65535 entries in a directory of three
    const lying = zip.slice();
    new DataView(lying.buffer).setUint16(lying.length - 22 + 10, 0xffff, true);
    expect(zipParts(lying)).toBeNull();
  });

  it("reads the parts fflate reads, with the sizes it inflates them to (property)", () => {
    const name = fc.stringMatching(/^[a-z/]{1,12}$/);
    fc.assert(
      fc.property(
        fc.dictionary(name, fc.uint8Array({ maxLength: 2000 }), { minKeys: 1, maxKeys: 6 }),
        (entries) => {
          const zip = zipSync(entries);
          const parts = zipParts(zip);
          const unzipped = unzipSync(zip);
          expect(parts?.map((p) => p.name).sort()).toEqual(Object.keys(unzipped).sort());
          for (const p of parts ?? []) expect(p.size).toBe(unzipped[p.name]?.length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("never throws on arbitrary bytes, nor on a zip with bytes changed (property)", () => {
    const zip = zipSync(files);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        zipParts(bytes);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        (edits) => {
          const changed = zip.slice();
          for (const [at, b] of edits) changed[at] = b;
          const parts = zipParts(changed);
          for (const p of parts ?? [])
            expect(p.dataStart + p.compressedSize).toBeLessThanOrEqual(changed.length);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
