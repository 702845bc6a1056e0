import { InputError } from "../cli/exitCodes";

/** How many leading bytes are sniffed to tell text from binary data. */
export const SNIFF_BYTES = 64 * 1024;

const hasUtf16Bom = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/**
 * Tells binary data from text by its first bytes: text in any encoding the parser reads
 * (UTF-8, GB18030, UTF-16 with a BOM) has no NUL bytes and few control characters. A renamed
 * image or archive fails both tests within its first kilobytes.
 *
 * @returns a reason when the bytes are not text, else null
 */
export function binaryReason(head: Uint8Array): string | null {
  if (hasUtf16Bom(head)) return null;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return "binary data, not text (contains NUL bytes)";
    // Tab, LF, VT, FF, CR and ESC do occur in text exports; the other C0 controls do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b)
      controls++;
  }
  return head.length > 0 && controls / head.length > 0.02
    ? "binary data, not text (control characters)"
    : null;
}

/**
 * Checks the bytes of a `.txt` input before they go to `parseBytes` (which detects the encoding):
 * empty and whitespace-only files and binary data are refused with a reason naming the file.
 *
 * @throws {@link InputError} when the bytes are not a usable text document
 */
export function checkTextBytes(bytes: Uint8Array, path: string): Uint8Array {
  if (bytes.length === 0) throw new InputError(path, "empty file");
  const binary = binaryReason(bytes.subarray(0, SNIFF_BYTES));
  if (binary) throw new InputError(path, binary);
  if (
    !hasUtf16Bom(bytes) &&
    bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0xef || b === 0xbb || b === 0xbf)
  )
    throw new InputError(path, "empty file (only whitespace)");
  return bytes;
}
