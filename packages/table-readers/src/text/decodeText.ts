/** Text decoded from bytes, with the WHATWG name of the encoding it was read in. */
export interface DecodedText {
  readonly text: string;
  /** `utf-8`, `gb18030`, `utf-16le` … */
  readonly encoding: string;
}

/**
 * The bytes decoded by their byte order mark (UTF-8, UTF-16 LE or BE; the mark dropped), or null
 * when they start with none.
 *
 * @example
 * ```ts
 * decodedByBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
 * //=> { text: "a", encoding: "utf-8" }
 * ```
 */
export function decodedByBom(bytes: Uint8Array): DecodedText | null {
  const label =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? "utf-8"
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? "utf-16le"
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? "utf-16be"
          : null;
  return label === null ? null : { text: new TextDecoder(label).decode(bytes), encoding: label };
}

/**
 * The bytes as UTF-8 when they are valid UTF-8, else as GB18030 (what Chinese government pages and
 * Excel on a Chinese system write when they declare nothing).
 *
 * @example
 * ```ts
 * decodedUtf8OrGb18030(new Uint8Array([0xb6, 0xab, 0xb3, 0xc7]));
 * //=> { text: "东城", encoding: "gb18030" }
 * ```
 */
export function decodedUtf8OrGb18030(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/**
 * Decodes text whose encoding nothing declares: a byte order mark wins, then UTF-8 if the bytes are
 * valid UTF-8, else GB18030. For CSV files; HTML pages may declare a charset (see decodeHtml).
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0x31, 0x2c, 0xb6, 0xab, 0xb3, 0xc7]));
 * //=> { text: "1,东城", encoding: "gb18030" }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  return decodedByBom(bytes) ?? decodedUtf8OrGb18030(bytes);
}
