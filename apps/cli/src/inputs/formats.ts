/** The input formats the CLI reads, by extension. `json`/`ndjson` are documents parsed earlier. */
export type InputFormat = "text" | "csv" | "html" | "docx" | "xlsx" | "pdf" | "json";

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  ".txt": "text",
  ".text": "text",
  ".tsv": "text",
  ".csv": "csv",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
  ".xlsx": "xlsx",
  ".pdf": "pdf",
  ".json": "json",
  ".ndjson": "json",
  ".jsonl": "json",
};

/**
 * Extensions picked up when a directory is given. Parsed JSON, and CSV (the CLI writes its own
 * output as CSV, which a later run over the same folder would take for a report), are read only
 * when named.
 */
export const DOCUMENT_EXTENSIONS = [".txt", ".html", ".htm", ".docx", ".xlsx", ".pdf"] as const;

/** The format of a path by its extension, or null when the CLI does not read it. */
export function formatOfPath(path: string): InputFormat | null {
  const dot = path.lastIndexOf(".");
  if (dot < 0 || dot < path.lastIndexOf("/")) return null;
  return BY_EXTENSION[path.slice(dot).toLowerCase()] ?? null;
}

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1", start, end);

/**
 * Guesses the format of bytes without a name (standard input) from their first bytes:
 * `%PDF`, a zip holding `word/` or `xl/`, markup, JSON, else text.
 */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  if (ascii(bytes, 0, 5) === "%PDF-") return "pdf";
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // Zip entry names are stored uncompressed, so the part names show in the raw bytes.
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    if (head.includes("word/")) return "docx";
    if (head.includes("xl/")) return "xlsx";
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = new TextDecoder("utf-8").decode(bytes.subarray(start, start + 1024)).trimStart();
  if (/^<(?:!doctype html|html|head|body|meta|table|p|div)\b/i.test(head)) return "html";
  if (/^\{\s*"schema"\s*:\s*"minsheng\./.test(head)) return "json";
  if (/^\[\s*\{\s*"schema"\s*:\s*"minsheng\./.test(head)) return "json";
  return "text";
}
