/**
 * The encodings `decodeBytes` tells apart. `utf-8-bom` is UTF-8 that opened with a byte-order mark.
 *
 * @internal
 * @example
 * ```ts
 * const e: TextEncodingName = "gb18030";
 * ```
 */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Decoded bytes: the text, the encoding read, the 1-based lines where invalid bytes were removed,
 * and whether the bytes look like a binary file rather than text.
 *
 * @internal
 * @example
 * ```ts
 * const d: DecodedBytes = { text: "a\nb", encoding: "utf-8", invalidLines: [2], binary: false };
 * ```
 */
export interface DecodedBytes {
  readonly text: string;
  readonly encoding: TextEncodingName;
  readonly invalidLines: number[];
  readonly binary: boolean;
}

/** How much of the start is looked at for UTF-16 and binary sniffing. @internal */
const SAMPLE = 8192;
const REPLACEMENT = "\uFFFD";

/**
 * Decodes a text file's bytes, choosing the encoding from the bytes alone:
 * 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 2. UTF-16 without a mark, from its NUL pattern (NULs in one byte column of the first 8 KB);
 * 3. binary junk (NUL bytes, or more than 5% control bytes in the first 8 KB): `binary: true`,
 *    `text: ""` — report it, do not emit garbage;
 * 4. UTF-8, checked with a fatal `TextDecoder`;
 * 5. GB18030 (fatal), when UTF-8 fails and the bytes do not look like UTF-8 with a few slips;
 * 6. otherwise UTF-8 (or GB18030, whichever has fewer invalid sequences) with the invalid
 *    sequences REMOVED — the text never gets U+FFFD for them — and their lines listed.
 * Uses `TextDecoder` (browser-safe); in Node, valid UTF-8 goes through `node:buffer` (isUtf8 and
 * transcode), several times faster with the same text. Never throws; linear time.
 *
 * @internal
 * @param bytes - The file's bytes.
 * @returns The text, the encoding, the lines with invalid bytes, and the binary flag.
 *
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad]));
 * //=> { text: "中", encoding: "utf-8-bom", invalidLines: [], binary: false }
 * decodeBytes(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]));
 * //=> { text: "中文", encoding: "gb18030", invalidLines: [], binary: false }
 * decodeBytes(new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x63]));
 * //=> { text: "a\nbc", encoding: "utf-8", invalidLines: [2], binary: false }
 * ```
 */
export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return utf8(bytes.subarray(3), "utf-8-bom");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be");

  const sample = bytes.subarray(0, SAMPLE);
  const guess = guessUtf16(sample);
  if (guess !== null) {
    const text = tryDecode(guess, bytes);
    if (text !== null && !looksBinary(text))
      return { text, encoding: guess, invalidLines: [], binary: false };
  }
  if (sample.includes(0) || controlBytes(sample) * 20 > sample.length) {
    return { text: "", encoding: "utf-8", invalidLines: [], binary: true };
  }

  const asUtf8 = tryDecode("utf-8", bytes);
  if (asUtf8 !== null) return { text: asUtf8, encoding: "utf-8", invalidLines: [], binary: false };

  const scan = readInvalidUtf8(bytes);
  // UTF-8 with a few slips (a cut character, a stray byte) stays UTF-8: GB18030 would accept
  // most of those bytes too, as garbage. Real GBK text has few valid UTF-8 multi-byte sequences.
  if (!scan.mostlyValid) {
    const asGb = tryDecode("gb18030", bytes);
    if (asGb !== null) return { text: asGb, encoding: "gb18030", invalidLines: [], binary: false };
    const gb = lenient("gb18030", bytes);
    if (gb !== null && gb.removed < scan.invalid)
      return { text: gb.text, encoding: "gb18030", invalidLines: gb.lines, binary: false };
  }
  return { text: scan.text, encoding: "utf-8", invalidLines: scan.lines, binary: false };
}

/** UTF-8 after a BOM: fatal first, else with invalid sequences removed. @internal */
function utf8(bytes: Uint8Array, encoding: "utf-8" | "utf-8-bom"): DecodedBytes {
  const text = tryDecode("utf-8", bytes);
  if (text !== null) return { text, encoding, invalidLines: [], binary: false };
  const scan = readInvalidUtf8(bytes);
  return { text: scan.text, encoding, invalidLines: scan.lines, binary: false };
}

/** UTF-16 after a BOM: fatal first, else with lone surrogates removed. @internal */
function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): DecodedBytes {
  const text = tryDecode(encoding, bytes);
  if (text !== null) return { text, encoding, invalidLines: [], binary: false };
  const l = lenient(encoding, bytes);
  return { text: l?.text ?? "", encoding, invalidLines: l?.lines ?? [], binary: false };
}

/**
 * UTF-16 without a BOM: ASCII characters (digits, tabs, line breaks) put a NUL in one byte
 * column. Chinese characters can put a NUL in the other (一 is U+4E00), so one column must
 * clearly dominate.
 * @internal
 */
function guessUtf16(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  let even = 0;
  let odd = 0;
  const n = sample.length - (sample.length % 2);
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  const enough = (k: number): boolean => k >= 2 && k * 100 >= pairs; // at least 1% of the characters
  if (enough(odd) && odd >= 4 * even) return "utf-16le";
  if (enough(even) && even >= 4 * odd) return "utf-16be";
  return null;
}

/** Bytes below 0x20 that text does not use (not tab, line feed, form feed, carriage return, escape), and DEL. @internal */
function controlBytes(sample: Uint8Array): number {
  let n = 0;
  // An indexed loop: `for…of` over a typed array costs an iterator step per byte.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if ((b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) n++;
  }
  return n;
}

/** Decoded text that is mostly control characters is not text. @internal */
function looksBinary(text: string): boolean {
  const head = text.slice(0, SAMPLE);
  let n = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) n++;
  }
  return n * 20 > head.length;
}

/**
 * Fatal decoding: the text, or null when the bytes are not valid in that encoding (or it is
 * unsupported). Valid UTF-8 goes through Node's fast path unless `portable`. @internal
 */
function tryDecode(encoding: string, bytes: Uint8Array, portable = false): string | null {
  try {
    if (encoding === "utf-8" && nodeBuffer && !portable)
      return nodeBuffer.isUtf8(bytes) ? utf8ByTranscoding(bytes) : null;
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The part of `node:buffer` used here. @internal */
interface NodeBuffers {
  isUtf8(input: Uint8Array): boolean;
  transcode(source: Uint8Array, from: "utf8", to: "utf16le"): { toString(encoding: "utf16le"): string };
}

// Node 20's TextDecoder turns UTF-8 into text at about 250 MB/s; its SIMD validator and ICU's
// transcoder to UTF-16 do the same about eight times faster, and the text is the same (every
// code point, a leading U+FEFF kept). The package also runs in browsers: there, TextDecoder.
const nodeBuffer: NodeBuffers | null = (() => {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const mod = proc?.getBuiltinModule?.("node:buffer") as Partial<NodeBuffers> | undefined;
    return typeof mod?.isUtf8 === "function" && typeof mod.transcode === "function"
      ? (mod as NodeBuffers)
      : null;
  } catch {
    return null;
  }
})();

/** Bytes known to be valid UTF-8, decoded through UTF-16 by Node. @internal */
function utf8ByTranscoding(bytes: Uint8Array): string {
  return (nodeBuffer as NodeBuffers).transcode(bytes, "utf8", "utf16le").toString("utf16le");
}

/**
 * Decodes valid UTF-8 as {@link decodeBytes} does, with Node's fast path unless `portable`; exported
 * for the tests that hold the two paths equal.
 *
 * @internal
 * @param bytes - UTF-8 bytes.
 * @param portable - Use `TextDecoder` even in Node.
 * @returns The text, or null when the bytes are not valid UTF-8.
 *
 * @example
 * ```ts
 * decodeUtf8(new Uint8Array([0xe4, 0xb8, 0xad])); //=> "中"
 * decodeUtf8(new Uint8Array([0xe4, 0xb8]), true); //=> null
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, portable = false): string | null {
  return tryDecode("utf-8", bytes, portable);
}

/** Non-fatal decoding with the replacement characters removed and their lines listed. @internal */
function lenient(
  encoding: string,
  bytes: Uint8Array,
): { text: string; lines: number[]; removed: number } | null {
  let decoded: string;
  try {
    decoded = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  return withoutReplacements(decoded);
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * The text with its U+FFFD removed, their lines (each once) and how many were removed. Lines end
 * at LF, CR or CRLF, as toSourceLines splits them: a CRLF once, even with a removed character
 * between its halves (the text that remains has one break there). The replacement characters are
 * found by indexOf, and the text between them is read only to count its breaks.
 */
function withoutReplacements(decoded: string): { text: string; lines: number[]; removed: number } {
  const lines: number[] = [];
  let line = 1;
  let last = 0; // the code of the last character kept before `from`
  let removed = 0;
  const kept: string[] = [];
  let from = 0;
  // Without a CR the breaks are the LFs, found by indexOf rather than read character by character;
  // `lf` is the next one, each found once (a search from every U+FFFD would be quadratic on a
  // long line of invalid bytes).
  const lfOnly = decoded.indexOf("\r") < 0;
  let lf = lfOnly ? decoded.indexOf("\n") : -1;
  for (let at = decoded.indexOf(REPLACEMENT); at >= 0; at = decoded.indexOf(REPLACEMENT, from)) {
    if (lfOnly) for (; lf >= 0 && lf < at; lf = decoded.indexOf("\n", lf + 1)) line++;
    else
      for (let i = from; i < at; i++) {
        const c = decoded.charCodeAt(i);
        if (c === LF) {
          if (last !== CR) line++;
        } else if (c === CR) line++;
        last = c;
      }
    removed++;
    if (lines[lines.length - 1] !== line) lines.push(line);
    if (at > from) kept.push(decoded.slice(from, at));
    from = at + 1;
  }
  if (removed === 0) return { text: decoded, lines, removed };
  kept.push(decoded.slice(from));
  return { text: kept.join(""), lines, removed };
}

/** UTF-8 bytes read with their invalid sequences dropped: the text, and what the dropping found. */
interface InvalidUtf8 {
  readonly text: string;
  /** The lines holding dropped bytes, each once. */
  readonly lines: number[];
  /** Invalid sequences (maximal subparts) dropped. */
  readonly invalid: number;
  /**
   * Whether the valid multi-byte sequences outnumber the invalid ones twenty to one: UTF-8 with a
   * few slips (a cut character, a stray byte) rather than text in another encoding.
   */
  readonly mostlyValid: boolean;
}

/**
 * Reads UTF-8 that is not all valid, dropping each maximal invalid subpart. The WHATWG decoder
 * replaces exactly those subparts with U+FFFD, so when the bytes hold no U+FFFD of their own
 * (EF BF BD) its output with the U+FFFD removed is the answer, found natively; otherwise the bytes
 * are scanned one by one (scanUtf8), about twenty times slower. Exported, with `viaScan`, for the
 * tests that hold the two ways equal.
 *
 * @internal
 * @param bytes - UTF-8 bytes with at least one invalid sequence (valid ones read the same)
 * @param viaScan - Scan the bytes one by one even when they hold no U+FFFD
 * @returns The text without the invalid sequences, their lines and counts
 *
 * @example
 * ```ts
 * readInvalidUtf8(new Uint8Array([0xe4, 0xb8, 0xad, 0x0a, 0xff, 0x41])).lines; //=> [2]
 * readInvalidUtf8(new Uint8Array([0xe4, 0xb8, 0xad, 0x0a, 0xff, 0x41])).text; //=> "中\nA"
 * ```
 */
export function readInvalidUtf8(bytes: Uint8Array, viaScan = false): InvalidUtf8 {
  if (!viaScan && !holdsReplacement(bytes)) {
    const r = withoutReplacements(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
    const needed = Math.max(1, r.removed * MOSTLY_VALID);
    return { text: r.text, lines: r.lines, invalid: r.removed, mostlyValid: hasMultiByte(r.text, needed) };
  }
  const scan = scanUtf8(bytes);
  return {
    text: decodeValid(scan.out),
    lines: scan.lines,
    invalid: scan.invalid,
    mostlyValid: scan.validMulti > 0 && scan.invalid * MOSTLY_VALID <= scan.validMulti,
  };
}

/** Valid multi-byte sequences per invalid one for bytes to stay UTF-8 (see {@link InvalidUtf8}). */
const MOSTLY_VALID = 20;

/** Whether the bytes hold U+FFFD encoded (EF BF BD). */
function holdsReplacement(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xef); i >= 0; i = bytes.indexOf(0xef, i + 1))
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  return false;
}

/**
 * Whether decoded UTF-8 holds at least `needed` characters that took more than one byte (a
 * surrogate pair counts once); counting stops there.
 */
function hasMultiByte(text: string, needed: number): boolean {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && (c < 0xdc00 || c > 0xdfff) && ++n >= needed) return true;
  }
  return false;
}

/** Decodes bytes already known to be valid UTF-8. @internal */
function decodeValid(bytes: Uint8Array): string {
  return tryDecode("utf-8", bytes) ?? new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/**
 * One pass over UTF-8: copies the valid sequences, drops each maximal invalid subpart (as the
 * WHATWG decoder would replace it), and notes the lines where it dropped bytes.
 * @internal
 */
function scanUtf8(bytes: Uint8Array): {
  out: Uint8Array;
  lines: number[];
  invalid: number;
  validMulti: number;
} {
  const out = new Uint8Array(bytes.length);
  const lines: number[] = [];
  let o = 0;
  let line = 1;
  let invalid = 0;
  let validMulti = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      // LF, CR and CRLF end lines, counted on the bytes kept (toSourceLines splits the same way).
      if (b === 0x0d || (b === 0x0a && out[o - 1] !== 0x0d)) line++;
      out[o++] = b;
      i++;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len > 0) {
      out.set(bytes.subarray(i, i + len), o);
      o += len;
      i += len;
      validMulti++;
    } else {
      invalid++;
      if (lines[lines.length - 1] !== line) lines.push(line);
      i += -len;
    }
  }
  return { out: out.subarray(0, o), lines, invalid, validMulti };
}

/**
 * At a non-ASCII byte: the length of a valid sequence (> 0), or minus the length of the maximal
 * invalid subpart to skip (< 0). Ranges from the Unicode Standard, table 3-7.
 * @internal
 */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || c < lo || c > hi) return -k;
    lo = 0x80;
    hi = 0xbf;
  }
  return need + 1;
}
