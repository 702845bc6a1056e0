import { docxToHtml, firstLine, isStackOverflow, wordTooLarge } from "@minsheng/table-readers";
import mammoth from "mammoth";
import { InputError } from "../cli/exitCodes";
import { rowsOrInputError } from "./html";
import type { Rows } from "./rows";

/**
 * Reads a Word `.docx` into rows: mammoth turns it into HTML (tables keep their colspan and rowspan,
 * which its raw-text output would lose), then the HTML reader fills merged cells and keeps
 * paragraphs outside tables as one-cell rows, in document order. External files linked from the
 * document are never fetched.
 *
 * @throws {@link InputError} when the file is not a readable .docx, holds no text, nests too deep,
 *   or unzips to more than fits in memory (whatever its zip's directory claims, or too many elements)
 */
export async function readDocx(bytes: Uint8Array, path: string): Promise<Rows> {
  if (bytes.length === 0) throw new InputError(path, "empty file");
  // mammoth unzips every part in memory and builds an object for every element: a part that
  // inflates to gigabytes, or a few hundred thousand elements, would take the heap.
  const tooLarge = wordTooLarge(bytes);
  if (tooLarge) throw new InputError(path, `not read: ${tooLarge}`);
  let html: string;
  try {
    html = await docxToHtml(mammoth, {
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    });
  } catch (error) {
    // mammoth walks the document recursively: elements nested a few thousand deep overflow it.
    if (isStackOverflow(error)) throw new InputError(path, "not read: its elements nest too deep to read");
    throw new InputError(path, `not a readable Word .docx file (${firstLine(error)})`);
  }
  const rows = rowsOrInputError(html, path);
  if (rows.length === 0) throw new InputError(path, "no text in this Word document");
  return { rows, encoding: "docx" };
}
