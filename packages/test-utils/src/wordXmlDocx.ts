import { strToU8, zipSync } from "fflate";

// The three parts mammoth needs of a .docx, around a body of WordprocessingML written by the test:
// shapes no Word writer library builds (tables nested thousands deep) are one string away.
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A .docx whose document body is `body` (WordprocessingML with the `w:` prefix).
 *
 * @example
 * ```ts
 * wordXmlDocx("<w:p><w:r><w:t>1.新增托位500个</w:t></w:r></w:p>").length > 0; //=> true
 * ```
 */
export function wordXmlDocx(body: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(RELS),
    "word/document.xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/**
 * WordprocessingML of tables nested `depth` deep, the innermost cell holding `text`.
 *
 * @example
 * ```ts
 * nestedWordTables(1, "托位"); //=> "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>托位</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
 * ```
 */
export function nestedWordTables(depth: number, text: string): string {
  return `${"<w:tbl><w:tr><w:tc>".repeat(depth)}${wordParagraph(text)}${"</w:tc></w:tr></w:tbl>".repeat(depth)}`;
}

/**
 * A WordprocessingML paragraph of one run of `text`.
 *
 * @example
 * ```ts
 * wordParagraph("托位"); //=> "<w:p><w:r><w:t>托位</w:t></w:r></w:p>"
 * ```
 */
export function wordParagraph(text: string): string {
  return `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
}
