import { deflateRawSync, deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { lzwEncode, lzwRepeats } from "../../test/helpers/lzw";
import { pdfOfOnePage } from "../../test/helpers/makePdf";
import { pdfStreamsTooLarge } from "./pdfStreams";

const TEN_KB = Buffer.alloc(10_240, 0x20);

describe("pdfStreamsTooLarge", () => {
  it("counts what a Flate content stream inflates to, with or without its zlib header", () => {
    for (const data of [deflateSync(TEN_KB), deflateRawSync(TEN_KB)]) {
      const pdf = pdfOfOnePage(data, "FlateDecode");
      expect(pdfStreamsTooLarge(pdf, 10_240)).toBeNull();
      expect(pdfStreamsTooLarge(pdf, 10_239)).toBe("its streams inflate to more than 10239 bytes");
    }
  });

  it("counts what an LZW content stream decodes to", () => {
    const pdf = pdfOfOnePage(lzwEncode(TEN_KB), "LZWDecode");
    expect(pdfStreamsTooLarge(pdf, 10_240)).toBeNull();
    expect(pdfStreamsTooLarge(pdf, 10_239)).toBe("its streams inflate to more than 10239 bytes");
    expect(pdfStreamsTooLarge(pdfOfOnePage(lzwRepeats(0x20, 2), "LZWDecode"), 14_000_000)).toBe(
      "its streams inflate to more than 14000000 bytes",
    );
  });

  it("leaves out images and streams that are not Flate, and reads a PDF without streams", () => {
    const image = pdfOfOnePage(deflateSync(TEN_KB), "FlateDecode")
      .toString("latin1")
      .replace("<< /Length", "<< /Subtype /Image /Length");
    expect(pdfStreamsTooLarge(Buffer.from(image, "latin1"), 100)).toBeNull();
    expect(pdfStreamsTooLarge(pdfOfOnePage(TEN_KB.toString("latin1")), 100)).toBeNull();
    expect(pdfStreamsTooLarge(Buffer.from("%PDF-1.4\n%%EOF\n"), 0)).toBeNull();
  });

  it("never takes the bytes inside a stream for a stream of its own", () => {
    // an uncompressed stream whose data reads like a Flate stream's dictionary, keyword and data
    const inner = Buffer.concat([
      Buffer.from("<< /Filter /FlateDecode >> stream\n", "latin1"),
      deflateSync(TEN_KB),
    ]);
    expect(pdfStreamsTooLarge(pdfOfOnePage(inner), 100)).toBeNull();
  });

  it("counts a stream cut short of its end, or corrupt at its end, as far as it inflates", () => {
    // bytes of an LCG hardly compress: the stream is inflated in steps of 16 KB, and the steps
    // before the fault (two, 32,766 bytes) are counted
    const noise = Buffer.alloc(60_000);
    for (let i = 0, x = 1; i < noise.length; i++)
      noise[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    const data = deflateSync(noise);
    const cut = pdfOfOnePage(data.subarray(0, data.length - 100), "FlateDecode");
    const corrupt = pdfOfOnePage(
      Buffer.concat([data.subarray(0, data.length - 100), Buffer.alloc(100, 0xff)]),
      "FlateDecode",
    );
    for (const pdf of [cut, corrupt]) {
      expect(pdfStreamsTooLarge(pdf, 30_000)).toBe("its streams inflate to more than 30000 bytes");
      expect(pdfStreamsTooLarge(pdf, 60_000)).toBeNull();
    }
  });
});
