// Properties over arbitrary input: whatever the text or bytes, the parser returns a valid document
// that accounts for every non-blank line. Runs FC_NUM_RUNS cases per property (10,000 in CI).
import { parseBytes, parseText } from "@minsheng/parsers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectSound, RUNS } from "./expectSound";
import { seedLikeLines, seedLikeText } from "./seedMaterial";

/** Any UTF-16 code unit, lone surrogates included: text as a broken exporter may hand it over. */
const anyCodeUnit = fc.nat(0xffff).map((c) => String.fromCharCode(c));

describe("parsing arbitrary text", () => {
  it("keeps its invariants on any string of full unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expectSound(parseText(text), text);
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps its invariants on any string of code units, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit, maxLength: 300 }), (text) => {
        expectSound(parseText(text), text);
      }),
      { numRuns: RUNS },
    );
  });

  it("takes a line of zero-width spaces for blank, as a line of spaces, and accounts for one with text", () => {
    // CI's run of the property above found "\u200b": the parser folds U+200B like a space (it
    // shows nothing) while String#trim keeps it; the check now reads blank lines as the parser does.
    for (const text of ["\u200b", "\u200b\u200b \u3000", "甲\n\u200b\n乙"])
      expectSound(parseText(text), text);
    const doc = parseText("\u200b甲\u200b");
    expect(doc.outline.some((o) => o.startLine === 1) || doc.diagnostics.some((d) => d.line === 1)).toBe(
      true,
    );
  });

  it("keeps its invariants on CJK-heavy text made of the seeds' characters, words and markers", () => {
    fc.assert(
      fc.property(seedLikeText, (text) => {
        expectSound(parseText(text), text);
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps its invariants on many lines of seed-like text and seed lines", () => {
    fc.assert(
      fc.property(seedLikeLines, (text) => {
        expectSound(parseText(text), text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("parsing arbitrary bytes", () => {
  it("keeps its invariants on any byte array, against the text it decoded", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const doc = parseBytes(bytes);
        // The lines to account for are those of the text the parser read: the decoded bytes with
        // the undecodable ones removed (and reported as invalid_encoding).
        const text = decodedText(bytes, doc.source.encoding);
        if (!doc.diagnostics.some((d) => d.code === "binary_content")) expectSound(doc, text);
        else expectSound(doc, "");
      }),
      { numRuns: RUNS },
    );
  });

  it("keeps its invariants on seed-like text encoded as UTF-8 with random bytes spliced in", () => {
    fc.assert(
      fc.property(
        seedLikeLines,
        fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })), { maxLength: 5 }),
        (text, splices) => {
          let bytes = new TextEncoder().encode(text);
          for (const [at, junk] of splices) {
            const i = bytes.length ? at % bytes.length : 0;
            const next = new Uint8Array(bytes.length + junk.length);
            next.set(bytes.subarray(0, i));
            next.set(junk, i);
            next.set(bytes.subarray(i), i + junk.length);
            bytes = next;
          }
          const doc = parseBytes(bytes);
          const text2 = decodedText(bytes, doc.source.encoding);
          if (!doc.diagnostics.some((d) => d.code === "binary_content")) expectSound(doc, text2);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** The bytes decoded in the encoding the parser reports, without the characters it could not decode. */
function decodedText(bytes: Uint8Array, encoding: string): string {
  const bom =
    encoding === "utf-8-bom"
      ? 3
      : encoding.startsWith("utf-16") && (bytes[0] === 0xff || bytes[0] === 0xfe)
        ? 2
        : 0;
  const whatwg = encoding === "utf-8-bom" ? "utf-8" : encoding;
  return new TextDecoder(whatwg, { ignoreBOM: true }).decode(bytes.subarray(bom)).replace(/\uFFFD/g, "");
}
