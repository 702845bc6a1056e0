// What a Word .docx may hold before mammoth reads it (in Node or in a browser). mammoth unzips every
// part in memory and builds an object for every XML element it reads: a 36 KB file of 50,000 table
// rows (650,000 elements) peaked at 1.34 GB, one of 105 KB at 2.9 GB, and 260,000 elements at
// 690 MB. The parts are inflated a step at a time, nothing kept, and their elements counted as they come.
import { chunkedSearch, latin1 } from "../xlsx/chunkedSearch";
import { MAX_UNZIPPED_BYTES } from "../xlsx/workbookLimits";
import { partsTooLarge } from "../zip/partsTooLarge";
import { zipParts } from "../zip/zipParts";

/**
 * The most XML elements the document's parts may hold, all together: some 20,000 table cells as
 * Word writes them (a dozen elements each). A long report holds tens of thousands of elements.
 */
export const MAX_WORD_ELEMENTS = 300_000;

// A start tag (or an empty one): `<` then a name. Not `</`, `<?` or `<!`.
const START_TAG = /<[A-Za-z]/g;
const WORD_XML = /^word\/.+\.xml$/;

/**
 * Why mammoth could not read the Word file within memory, or null when it can (or when the bytes
 * are no zip at all: mammoth says so itself). Its parts are inflated once, a step at a time: what
 * they hold is counted whatever the zip's directory claims, and the elements of its `word/` XML
 * parts as they come.
 *
 * @example
 * ```ts
 * wordTooLarge(new Uint8Array([1, 2, 3])); //=> null
 * ```
 */
export function wordTooLarge(
  bytes: Uint8Array,
  limits: { readonly unzippedBytes: number; readonly elements: number } = {
    unzippedBytes: MAX_UNZIPPED_BYTES,
    elements: MAX_WORD_ELEMENTS,
  },
): string | null {
  const parts = zipParts(bytes);
  if (!parts) return null;
  let elements = 0;
  const tooLarge = partsTooLarge(bytes, parts, limits.unzippedBytes, (part) => {
    if (!WORD_XML.test(part.name)) return null;
    // A tag cut between two chunks is counted once: the search goes on from the chunk's last character.
    const read = chunkedSearch(START_TAG, 2, () => {
      elements++;
    });
    return (chunk) => read(latin1(chunk));
  });
  if (tooLarge) return tooLarge;
  return elements > limits.elements
    ? `its document holds ${elements} XML elements, more than ${limits.elements} are read`
    : null;
}
