/**
 * A PDF of empty pages (no text layer, what a scan without OCR looks like to a reader), written
 * by hand: the catalog, one flat page tree holding `pages` pages, and the cross-reference table.
 */
export function pdfOfEmptyPages(pages: number): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(" ");
  return pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
  ]);
}

/**
 * A PDF of one A4 page whose content stream is `content` (PDF operators, or their bytes encoded as
 * `filter` names), with Helvetica as font `/F1`: `BT /F1 12 Tf 72 700 Td (text) Tj ET` writes a line.
 */
export function pdfOfOnePage(content: string | Uint8Array, filter: string | null = null): Buffer {
  const data = typeof content === "string" ? Buffer.from(content, "latin1") : Buffer.from(content);
  return pdfOf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    Buffer.concat([
      Buffer.from(`<< /Length ${data.length}${filter ? ` /Filter /${filter}` : ""} >>\nstream\n`, "latin1"),
      data,
      Buffer.from("\nendstream", "latin1"),
    ]),
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ]);
}

/** The objects numbered from 1 (the first the catalog), with their cross-reference table. */
function pdfOf(objects: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n", "latin1")];
  let length = parts[0]?.length ?? 0;
  const add = (part: string | Buffer) => {
    const b = typeof part === "string" ? Buffer.from(part, "latin1") : part;
    parts.push(b);
    length += b.length;
  };
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    add(`${i + 1} 0 obj\n`);
    add(o);
    add("\nendobj\n");
  });
  const xref = length;
  add(
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`,
  );
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}
