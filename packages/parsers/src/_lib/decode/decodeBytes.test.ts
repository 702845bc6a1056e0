import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { concatBytes, encodeGb18030, encodeUtf16, encodeUtf8, growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { decodeBytes, decodeUtf8, readInvalidUtf8 } from "./decodeBytes";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);
const seedDir = new URL("../../../../../seeds/", import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(new URL(f, seedDir), "utf8"));
const seed = (i: number): string => seeds[i] ?? "";

// Encoders built by hand (Node's TextEncoder only does UTF-8), shared with the robustness tests.
const utf8 = encodeUtf8;
const utf16 = encodeUtf16;
const concat = concatBytes;
const gb18030 = encodeGb18030;

describe("decodeBytes", () => {
  it("reads the examples of its documentation", () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad]))).toEqual({
      text: "中",
      encoding: "utf-8-bom",
      invalidLines: [],
      binary: false,
    });
    expect(decodeBytes(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({
      text: "中文",
      encoding: "gb18030",
      invalidLines: [],
      binary: false,
    });
    expect(decodeBytes(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63]))).toEqual({
      text: "a\nbc",
      encoding: "utf-8",
      invalidLines: [2],
      binary: false,
    });
  });

  it("reads every seed as UTF-8, unchanged", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    for (const s of seeds)
      expect(decodeBytes(utf8(s))).toEqual({ text: s, encoding: "utf-8", invalidLines: [], binary: false });
  });

  it("reads every seed re-encoded as GB18030", () => {
    for (const s of seeds)
      expect(decodeBytes(gb18030(s))).toEqual({
        text: s,
        encoding: "gb18030",
        invalidLines: [],
        binary: false,
      });
  });

  it("reads a seed with a UTF-8 BOM and strips the mark", () => {
    expect(decodeBytes(concat([0xef, 0xbb, 0xbf], utf8(seed(3))))).toEqual({
      text: seed(3),
      encoding: "utf-8-bom",
      invalidLines: [],
      binary: false,
    });
  });

  it("reads seeds as UTF-16 with a BOM", () => {
    expect(decodeBytes(concat([0xff, 0xfe], utf16(seed(0), true)))).toMatchObject({
      text: seed(0),
      encoding: "utf-16le",
      binary: false,
    });
    expect(decodeBytes(concat([0xfe, 0xff], utf16(seed(0), false)))).toMatchObject({
      text: seed(0),
      encoding: "utf-16be",
      binary: false,
    });
  });

  it("reads every seed as UTF-16 without a BOM from its NUL pattern", () => {
    for (const s of seeds) {
      expect(decodeBytes(utf16(s, true))).toEqual({
        text: s,
        encoding: "utf-16le",
        invalidLines: [],
        binary: false,
      });
      expect(decodeBytes(utf16(s, false))).toEqual({
        text: s,
        encoding: "utf-16be",
        invalidLines: [],
        binary: false,
      });
    }
  });

  it("removes invalid bytes from mostly-UTF-8 text and lists their lines, without U+FFFD", () => {
    const lines = seed(2).split("\n");
    const broken = concat(
      utf8(lines.slice(0, 4).join("\n") + "\n"),
      [0xe4, 0xb8],
      utf8(lines.slice(4).join("\n")),
    );
    const got = decodeBytes(broken);
    expect(got.encoding).toBe("utf-8");
    expect(got.invalidLines).toEqual([5]);
    expect(got.text).toBe(seed(2));
    expect(got.text).not.toContain("\uFFFD");
  });

  it("lists each line with invalid bytes once", () => {
    const got = decodeBytes(
      concat(
        utf8("中文第一行\n"),
        [0xff, 0xfe, 0x80],
        utf8("第二行中文很长很长\n第三行"),
        [0xc3],
        utf8("\n第四行中文中文中文中文中文中文"),
      ),
    );
    expect(got).toEqual({
      text: "中文第一行\n第二行中文很长很长\n第三行\n第四行中文中文中文中文中文中文",
      encoding: "utf-8",
      invalidLines: [2, 3],
      binary: false,
    });
  });

  it("reads a truncated GB18030 file as GB18030 and drops the cut character", () => {
    const bytes = gb18030(seed(1));
    const got = decodeBytes(concat(bytes, [0xd6]));
    expect(got.encoding).toBe("gb18030");
    expect(got.text).toBe(seed(1));
    expect(got.invalidLines).toHaveLength(1);
  });

  it("flags NUL-ridden junk as binary", () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(decodeBytes(junk)).toEqual({ text: "", encoding: "utf-8", invalidLines: [], binary: true });
  });

  it("flags control-character junk as binary", () => {
    const junk = Uint8Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeBytes(junk).binary).toBe(true);
  });

  it("reads an empty file as empty UTF-8", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({
      text: "",
      encoding: "utf-8",
      invalidLines: [],
      binary: false,
    });
  });

  it("round-trips any string through UTF-8", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const control = [...s].some((c) => {
          const n = c.charCodeAt(0);
          return (n < 0x20 && ![9, 10, 11, 12, 13, 27].includes(n)) || n === 0x7f;
        });
        fc.pre(!control && !s.startsWith("\uFEFF"));
        const got = decodeBytes(utf8(s));
        expect(got.text).toBe(s);
        expect(got.encoding).toBe("utf-8");
      }),
      { numRuns },
    );
  });

  it("never throws on any bytes, and never leaves U+FFFD for bytes it removed", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const got = decodeBytes(bytes);
        if (got.invalidLines.length > 0 && got.encoding.startsWith("utf-8"))
          expect(got.text).not.toContain("\uFFFD");
        expect(got.invalidLines).toEqual([...new Set(got.invalidLines)].sort((a, b) => a - b));
      }),
      { numRuns },
    );
  });

  it("stays linear on large inputs, valid or not", () => {
    const text = seeds.join("\n");
    expect(growthRatio(decodeBytes, (n: number) => utf8(text.repeat(n)), 2)).toBeLessThan(24);
    expect(growthRatio(decodeBytes, (n: number) => concat(utf8(text.repeat(n)), [0xff]), 2)).toBeLessThan(24);
    // invalid bytes everywhere and no line break: every U+FFFD removed, none searched past
    expect(growthRatio(decodeBytes, (n: number) => new Uint8Array(n).fill(0xff), 2 ** 15)).toBeLessThan(24);
    const junk = (n: number) => concat(...Array.from({ length: n }, () => [0xe4, 0xb8, 0xad, 0xff]), [0x0a]);
    expect(growthRatio(decodeBytes, junk, 2 ** 13)).toBeLessThan(24);
  });
});

// The replaced decoding: Node's fast path (validate, then transcode to UTF-16) must give what the
// fatal TextDecoder gives, on valid text and on any bytes.
describe("decodeUtf8", () => {
  const fcRuns = { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) };
  const viaTextDecoder = (bytes: Uint8Array): string | null => {
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return null;
    }
  };

  it("reads the examples of its documentation", () => {
    expect(decodeUtf8(new Uint8Array([0xe4, 0xb8, 0xad]))).toBe("中");
    expect(decodeUtf8(new Uint8Array([0xe4, 0xb8]), true)).toBeNull();
  });

  it("decodes every code point as TextDecoder does, a leading U+FEFF kept", () => {
    let all = "\uFEFF";
    for (let c = 0; c <= 0x10ffff; c += 1) if (c < 0xd800 || c > 0xdfff) all += String.fromCodePoint(c);
    const bytes = utf8(all);
    expect(decodeUtf8(bytes)).toBe(all);
    expect(decodeUtf8(bytes, true)).toBe(all);
    expect(decodeUtf8(bytes.subarray(3, 3 + 1000))).toBe(viaTextDecoder(bytes.subarray(3, 3 + 1000)));
  });

  it("equals the fatal TextDecoder on any string and any bytes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }).map((s) => utf8(s)),
          fc.string({ unit: "grapheme" }).map((s) => utf8(s)),
          fc.uint8Array({ maxLength: 200 }),
          fc.tuple(fc.string({ unit: "binary" }), fc.nat(8)).map(([s, cut]) => {
            const b = utf8(s);
            return b.subarray(0, Math.max(0, b.length - cut));
          }),
        ),
        (bytes) => {
          expect(decodeUtf8(bytes)).toBe(viaTextDecoder(bytes));
          expect(decodeUtf8(bytes, true)).toBe(viaTextDecoder(bytes));
        },
      ),
      fcRuns,
    );
  });

  it("gives decodeBytes the same result with either path on the seeds", () => {
    for (const s of seeds) expect(decodeUtf8(utf8(s))).toBe(decodeUtf8(utf8(s), true));
  });
});

// The replaced reading of invalid UTF-8: the WHATWG decoder with its U+FFFD removed must drop the
// same bytes, and find the same lines and counts, as the byte-by-byte scan.
describe("readInvalidUtf8", () => {
  const fcRuns = { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) };
  const bothWays = (bytes: Uint8Array): void => {
    expect(readInvalidUtf8(bytes)).toEqual(readInvalidUtf8(bytes, true));
  };

  it("reads the examples of its documentation", () => {
    const bytes = new Uint8Array([0xe4, 0xb8, 0xad, 0x0a, 0xff, 0x41]);
    expect(readInvalidUtf8(bytes).lines).toEqual([2]);
    expect(readInvalidUtf8(bytes).text).toBe("中\nA");
  });

  it("reads any bytes as the scan does", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          // text with a few bytes broken or inserted, and line breaks of every kind around them
          fc
            .tuple(
              fc.array(fc.constantFrom("中文", "ab", "\n", "\r", "\r\n", "，", "😀", " "), { maxLength: 40 }),
              fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 4 }),
            )
            .map(([parts, slips]) => {
              const b = Array.from(utf8(parts.join("")));
              for (const [at, byte] of slips) b.splice(b.length ? at % (b.length + 1) : 0, 0, byte);
              return new Uint8Array(b);
            }),
        ),
        bothWays,
      ),
      fcRuns,
    );
  });

  it("reads the seeds cut mid-character, or with a stray byte on a line, as the scan does", () => {
    for (const s of seeds) {
      const bytes = utf8(s);
      bothWays(bytes.subarray(0, bytes.length - 1));
      const nl = bytes.indexOf(0x0a, bytes.length >> 1);
      bothWays(concat(bytes.subarray(0, nl), [0xc3], bytes.subarray(nl)));
    }
  });

  it("scans bytes holding U+FFFD of their own, keeping it", () => {
    const rest = "下一行".repeat(7);
    const bytes = concat(utf8("替换\uFFFD字符\n"), [0xff], utf8(rest));
    expect(readInvalidUtf8(bytes)).toEqual({
      text: `替换\uFFFD字符\n${rest}`,
      lines: [2],
      invalid: 1,
      mostlyValid: true,
    });
    bothWays(bytes);
    // 20 valid multi-byte characters per invalid sequence keep bytes UTF-8; six do not
    expect(readInvalidUtf8(bytes.subarray(0, 20)).mostlyValid).toBe(false);
  });
});
