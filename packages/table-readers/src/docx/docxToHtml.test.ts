import { describe, expect, it } from "vitest";
import { docxHtmlOptions, docxToHtml, type DocxHtmlOptions, type MammothLike } from "./docxToHtml";

/** A stand-in for mammoth that records what it was asked. */
function fakeMammoth(html: string) {
  const calls: { input: { bytes: string }; options: DocxHtmlOptions<string> }[] = [];
  const images: string[] = [];
  const mammoth: MammothLike<{ bytes: string }, string> = {
    convertToHtml: (input, options) => {
      calls.push({ input, options });
      return Promise.resolve({ value: html });
    },
    images: {
      imgElement: (f) => {
        void f().then((attrs) => images.push(attrs.src));
        return "img-converter";
      },
    },
  };
  return { mammoth, calls, images };
}

describe("docxToHtml", () => {
  it("converts with external files off, empty paragraphs dropped and images emptied", async () => {
    const { mammoth, calls, images } = fakeMammoth("<p>东城区</p>");
    expect(await docxToHtml(mammoth, { bytes: "docx" })).toBe("<p>东城区</p>");
    expect(calls).toEqual([
      {
        input: { bytes: "docx" },
        options: { externalFileAccess: false, ignoreEmptyParagraphs: true, convertImage: "img-converter" },
      },
    ]);
    expect(images).toEqual([""]);
  });

  it("passes mammoth's failures on", async () => {
    const { mammoth } = fakeMammoth("");
    const failing = { ...mammoth, convertToHtml: () => Promise.reject(new Error("End of data reached")) };
    await expect(docxToHtml(failing, { bytes: "" })).rejects.toThrow("End of data reached");
  });
});

describe("docxHtmlOptions", () => {
  it("builds the image converter from the given mammoth", () => {
    expect(docxHtmlOptions(fakeMammoth("").mammoth).convertImage).toBe("img-converter");
  });
});
