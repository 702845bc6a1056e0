import { inflateSteps } from "@minsheng/table-readers";
import { lzwLength } from "./lzwLength";

// pdfjs decodes a page's content stream into one buffer before it reads the text: a 1 MB PDF whose
// content inflates to 1 GB of spaces took 10 s and 1.66 GB. The Flate streams are inflated here
// first, a step at a time and nothing kept, and the LZW streams counted code by code. Images are
// left out: pdfjs reads no image to extract text, and a scan's images may inflate to far more than
// its text ever does. The other filters decode to at most 128 times their size (RunLength).

/** The most bytes a PDF's Flate and LZW streams (images aside) may decode to, all together. */
export const MAX_PDF_INFLATED_BYTES = 256 * 2 ** 20;

/** How far back from a `stream` keyword its dictionary is looked for. */
const DICTIONARY_REACH = 4096;

/**
 * Why the PDF's Flate and LZW streams, images aside, decode to more than `maxBytes` together, or
 * null. The streams are found by their keywords (`… obj << … /FlateDecode … >> stream` up to
 * `endstream`), so a PDF whose cross-reference table is broken is measured all the same. Linear
 * in the file and in what its Flate streams inflate to, up to the limit.
 *
 * @example
 * ```ts
 * pdfStreamsTooLarge(new TextEncoder().encode("%PDF-1.4\n%%EOF\n")); //=> null
 * ```
 */
export function pdfStreamsTooLarge(
  bytes: Uint8Array,
  maxBytes: number = MAX_PDF_INFLATED_BYTES,
): string | null {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let inflated = 0;
  // The search goes on after each stream's data, so that bytes inside it are never taken for a keyword.
  for (let at = pdf.indexOf("stream"), next = 0; at >= 0; at = pdf.indexOf("stream", next)) {
    next = at + 6;
    const start = dataStart(pdf, at);
    if (start < 0) continue;
    const end = pdf.indexOf("endstream", start);
    next = end < 0 ? pdf.length : end + 9;
    const filter = filterOf(pdf.toString("latin1", Math.max(0, at - DICTIONARY_REACH), at));
    if (filter === null) continue;
    const data = pdf.subarray(start, end < 0 ? pdf.length : end);
    if (filter === "FlateDecode")
      inflateSteps(withoutZlibHeader(data), (chunk) => (inflated += chunk.length) <= maxBytes);
    else {
      const before = inflated;
      inflated += lzwLength(data, (n) => before + n <= maxBytes);
    }
    if (inflated > maxBytes) return `its streams inflate to more than ${maxBytes} bytes`;
  }
  return null;
}

/**
 * Where the data after the `stream` keyword at `at` starts (after its end of line), or -1 when
 * it is no such keyword.
 */
function dataStart(pdf: Buffer, at: number): number {
  if (at >= 3 && pdf.toString("latin1", at - 3, at) === "end") return -1;
  let k = at + 6;
  if (pdf[k] === 0x0d) k++;
  if (pdf[k] === 0x0a) k++;
  return k > at + 6 ? k : -1;
}

/**
 * The filter measured here that the text before a `stream` keyword (from its object's start)
 * names, or null: none of them, or an image.
 */
function filterOf(before: string): "FlateDecode" | "LZWDecode" | null {
  const dictionary = before.slice(before.lastIndexOf("obj") + 1);
  if (/\/Subtype\s*\/Image\b/.test(dictionary)) return null;
  return dictionary.includes("/FlateDecode")
    ? "FlateDecode"
    : dictionary.includes("/LZWDecode")
      ? "LZWDecode"
      : null;
}

/** Raw deflate data: a zlib header (which PDF writers put before the data) dropped. */
function withoutZlibHeader(data: Uint8Array): Uint8Array {
  const cmf = data[0] ?? 0;
  const flg = data[1] ?? 0;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0 ? data.subarray(2) : data;
}
