import { createHash } from "node:crypto";

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
 * the `filter` names, applied in order), with Helvetica as font `/F1`:
 * `BT /F1 12 Tf 72 700 Td (text) Tj ET` writes a line. With `encrypted`, the stream is encrypted as
 * a PDF that opens without a password (RC4, 40 bits): what a reader decodes is no longer in the file.
 */
export function pdfOfOnePage(
  content: string | Uint8Array,
  filter: string | readonly string[] | null = null,
  { encrypted = false }: { encrypted?: boolean } = {},
): Buffer {
  const plain = typeof content === "string" ? Buffer.from(content, "latin1") : Buffer.from(content);
  const names = filter === null ? [] : typeof filter === "string" ? [filter] : filter;
  const filterEntry = names.length === 0 ? "" : ` /Filter [${names.map((n) => `/${n}`).join(" ")}]`;
  const security = encrypted ? emptyPasswordSecurity() : null;
  const CONTENTS = 4;
  const data = security ? rc4(security.objectKey(CONTENTS), plain) : plain;
  return pdfOf(
    [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents ${CONTENTS} 0 R >>`,
      Buffer.concat([
        Buffer.from(`<< /Length ${data.length}${filterEntry} >>\nstream\n`, "latin1"),
        data,
        Buffer.from("\nendstream", "latin1"),
      ]),
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      ...(security ? [security.dictionary] : []),
    ],
    security ? ` /Encrypt 6 0 R /ID [<${security.id}> <${security.id}>]` : "",
  );
}

// The standard security handler, revision 2 (PDF 1.7, 7.6.3): user and owner passwords empty.
const PASSWORD_PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");

function emptyPasswordSecurity() {
  const id = Buffer.from("6d696e7368656e672d746573742d6964", "hex");
  const md5 = (...parts: Buffer[]) => createHash("md5").update(Buffer.concat(parts)).digest();
  const owner = rc4(md5(PASSWORD_PAD).subarray(0, 5), PASSWORD_PAD);
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-4);
  const fileKey = md5(PASSWORD_PAD, owner, permissions, id).subarray(0, 5);
  const user = rc4(fileKey, PASSWORD_PAD);
  return {
    id: id.toString("hex"),
    dictionary: `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString("hex")}> /U <${user.toString("hex")}> /P -4 >>`,
    /** The key of object `number` (generation 0): algorithm 1. */
    objectKey: (number: number) =>
      md5(fileKey, Buffer.from([number & 0xff, (number >> 8) & 0xff, (number >> 16) & 0xff, 0, 0])).subarray(
        0,
        10,
      ),
  };
}

/** RC4: the same call encrypts and decrypts. */
function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + (s[i] as number)) & 0xff;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[k] = (data[k] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 0xff] as number);
  }
  return out;
}

/** The objects numbered from 1 (the first the catalog), with their cross-reference table. */
function pdfOf(objects: readonly (string | Buffer)[], trailerEntries = ""): Buffer {
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
  add(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerEntries} >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}
