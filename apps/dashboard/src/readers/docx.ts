// Word .docx → rows, as the CLI reads it (apps/cli's readers/docx.ts): mammoth turns the document
// into HTML (tables keep their colspan and rowspan), then the HTML reader fills merged cells and
// keeps paragraphs outside tables as one-cell rows. mammoth is loaded on the first .docx only, so
// the page people open stays small.
import type * as MammothApi from "mammoth";
import { htmlToRows } from "./html";

type Mammoth = typeof MammothApi;

/** Reads a .docx into rows. Throws when the file is not a readable Word document or holds no text. */
export async function docxToRows(bytes: Uint8Array): Promise<string[][]> {
  // mammoth's prebuilt browser bundle (its `lib/` needs Node's Buffer and fs).
  const mammoth = (await import("mammoth/mammoth.browser.min.js")).default as Mammoth;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { arrayBuffer: buffer },
      {
        // Nothing outside the file is read, and images become empty (the HTML is parsed inert anyway).
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new Error(`不是可读取的 Word .docx 文件（${firstLine(error)}）`);
  }
  const rows = htmlToRows(html);
  if (rows.length === 0) throw new Error("Word 文件中没有文字");
  return rows;
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").slice(0, 200);
}
