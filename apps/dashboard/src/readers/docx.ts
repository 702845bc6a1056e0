// Word .docx → rows, as the CLI reads it: mammoth turns the document into HTML with the options
// both apps share (@minsheng/table-readers), then the HTML reader fills merged cells and keeps
// paragraphs outside tables as one-cell rows. mammoth is loaded on the first .docx only, so the
// page people open stays small.
import { docxToHtml, firstLine, isStackOverflow, wordTooLarge } from "@minsheng/table-readers";
import type * as MammothApi from "mammoth";
import { htmlToRows } from "./html";

type Mammoth = typeof MammothApi;

/**
 * Reads a .docx into rows. Throws when the file is not a readable Word document, holds no text,
 * nests too deep, or unzips to more than fits in memory.
 */
export async function docxToRows(bytes: Uint8Array): Promise<string[][]> {
  // mammoth unzips every part in memory and builds an object for every element: a part that
  // inflates to gigabytes, or a few hundred thousand elements, would take the tab's heap.
  const tooLarge = wordTooLarge(bytes);
  if (tooLarge) throw new Error(`Word 文件过大，未读取（${tooLarge}）`);
  // mammoth's prebuilt browser bundle (its `lib/` needs Node's Buffer and fs).
  const mammoth = (await import("mammoth/mammoth.browser.min.js")).default as Mammoth;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  try {
    html = await docxToHtml(mammoth, { arrayBuffer: buffer });
  } catch (error) {
    // mammoth walks the document recursively: elements nested a few thousand deep overflow it.
    if (isStackOverflow(error)) throw new Error("Word 文件嵌套过深，未读取");
    throw new Error(`不是可读取的 Word .docx 文件（${firstLine(error)}）`);
  }
  const rows = htmlToRows(html);
  if (rows.length === 0) throw new Error("Word 文件中没有文字");
  return rows;
}
