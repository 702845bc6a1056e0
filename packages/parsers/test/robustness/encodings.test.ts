// Every seed in every encoding the parser detects reads to the same tasks as the UTF-8 original;
// invalid bytes become `invalid_encoding` diagnostics, never U+FFFD garbage in the tasks.
import { basename } from "node:path";
import type { Document } from "@minsheng/core";
import { parseBytes, parseText } from "@minsheng/parsers";
import { concatBytes, encodeGb18030, encodeUtf16, encodeUtf8, seedPaths } from "@minsheng/test-utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectSound, RUNS } from "./expectSound";
import { SEEDS } from "./seedMaterial";

const names = seedPaths().map((p) => basename(p));
const cases = SEEDS.map((text, i) => [names[i] ?? String(i), text] as const);

const ENCODINGS: readonly (readonly [string, string, (s: string) => Uint8Array])[] = [
  ["GB18030", "gb18030", encodeGb18030],
  ["UTF-16 LE with a BOM", "utf-16le", (s) => concatBytes([0xff, 0xfe], encodeUtf16(s, true))],
  ["UTF-16 BE with a BOM", "utf-16be", (s) => concatBytes([0xfe, 0xff], encodeUtf16(s, false))],
  ["UTF-8 with a BOM", "utf-8-bom", (s) => concatBytes([0xef, 0xbb, 0xbf], encodeUtf8(s))],
];

/** What a document says, without where it came from (path, hash, encoding, the encoding diagnostic). */
function content(doc: Document): unknown {
  return {
    title: doc.title,
    issuer: doc.issuer,
    docNumber: doc.docNumber,
    issued: doc.issued,
    sections: doc.sections,
    outline: doc.outline,
    diagnostics: doc.diagnostics.filter((d) => d.code !== "encoding_detected"),
  };
}

describe("seeds in other encodings", () => {
  describe.each(ENCODINGS)("re-encoded as %s", (_label, encoding, encode) => {
    it.each(cases)("%s parses to the same document as the UTF-8 original", (_name, text) => {
      const original = parseBytes(encodeUtf8(text));
      const doc = parseBytes(encode(text));
      expect(doc.source.encoding).toBe(encoding);
      expect(doc.sections.flatMap((s) => s.tasks).length).toBeGreaterThan(0);
      expect(content(doc)).toEqual(content(original));
    });
  });
});

describe("invalid UTF-8 in a seed", () => {
  /** A seed with invalid sequences spliced in after the given line indexes. */
  const spliced = (text: string, after: readonly number[], junk: readonly number[]): Uint8Array => {
    const lines = text.split("\n");
    const parts = lines.map((l, i) =>
      concatBytes(encodeUtf8(l), after.includes(i) ? junk : [], i < lines.length - 1 ? [0x0a] : []),
    );
    return concatBytes(...parts);
  };

  it.each(cases)(
    "%s with invalid bytes reads the same tasks and reports invalid_encoding on their lines",
    (_name, text) => {
      const lines = text.split("\n");
      const at = [1, Math.floor(lines.length / 2), lines.length - 2].filter((i) => i >= 0);
      const doc = parseBytes(spliced(text, at, [0xff, 0xe4, 0xb8]));
      expect(doc.source.encoding).toBe("utf-8");
      const reported = doc.diagnostics.filter((d) => d.code === "invalid_encoding").map((d) => d.line);
      expect(reported).toEqual(at.map((i) => i + 1));
      expect(JSON.stringify(doc.sections)).not.toContain("\uFFFD");
      expect(doc.sections).toEqual(parseText(text).sections);
    },
  );

  it("names the damaged lines right when lines end with CR alone or CRLF", () => {
    for (const eol of ["\r", "\r\n"]) {
      const text = (SEEDS[3] ?? "").split("\n").join(eol);
      const doc = parseBytes(
        concatBytes(encodeUtf8(`第一行${eol}第二行`), [0xff], encodeUtf8(`${eol}${text}`)),
      );
      expect(doc.diagnostics.filter((d) => d.code === "invalid_encoding").map((d) => d.line)).toEqual([2]);
    }
  });

  it("never lets U+FFFD into a task and always names the damaged lines, wherever the bytes fall", () => {
    const invalid = fc.constantFrom<readonly number[]>(
      [0xff],
      [0xfe],
      [0x80],
      [0xc3],
      [0xe4, 0xb8],
      [0xf0, 0x9f, 0x98],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
    );
    fc.assert(
      fc.property(
        fc.nat(SEEDS.length - 1),
        fc.array(fc.tuple(fc.nat(), invalid), { minLength: 1, maxLength: 4 }),
        (s, splices) => {
          const text = SEEDS[s] ?? "";
          const lines = text.split("\n");
          const at = [...new Set(splices.map(([i]) => i % lines.length))].sort((a, b) => a - b);
          const junk = splices[0]?.[1] ?? [0xff];
          const doc = parseBytes(spliced(text, at, junk));
          expect(JSON.stringify(doc.sections)).not.toContain("\uFFFD");
          const reported = doc.diagnostics.filter((d) => d.code === "invalid_encoding").map((d) => d.line);
          expect(reported).toEqual(at.map((i) => i + 1));
          expectSound(doc, text);
        },
      ),
      // Each case parses a whole seed (a few ms): a tenth of the runs keeps the file under a minute in CI.
      { numRuns: Math.max(20, Math.floor(RUNS / 10)) },
    );
  });
});
