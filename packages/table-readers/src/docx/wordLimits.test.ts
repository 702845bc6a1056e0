import { wordParagraph, wordXmlDocx } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { wordTooLarge } from "./wordLimits";

describe("wordTooLarge", () => {
  const docx = wordXmlDocx(`${wordParagraph("新增托位500个")}<!-- 注 --><w:p/>`);
  // the document, body, paragraphs, run and text: w:document, w:body, w:p, w:r, w:t, w:p
  const limits = { unzippedBytes: 2 ** 30 };

  it("counts the start tags of the document's XML, not its end tags, comments or declaration", () => {
    expect(wordTooLarge(docx, { ...limits, elements: 6 })).toBeNull();
    expect(wordTooLarge(docx, { ...limits, elements: 5 })).toBe(
      "its document holds 6 XML elements, more than 5 are read",
    );
  });

  it("refuses parts that unzip to more than the limit, and reads no zip as nothing to refuse", () => {
    expect(wordTooLarge(docx, { unzippedBytes: 100, elements: 100 })).toMatch(
      /^its parts unzip to \d+ bytes/,
    );
    expect(wordTooLarge(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});
