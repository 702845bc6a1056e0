import { decodedByBom, decodedUtf8OrGb18030 } from "../text/decodeText";

/** What {@link decodeHtml} read: the page's text and the encoding it was decoded from. */
export interface DecodedHtml {
  readonly html: string;
  /** The WHATWG name of the encoding (`utf-8`, `gb18030`, `utf-16le` …). */
  readonly encoding: string;
}

// Labels that name a subset of GB18030: pages declaring them routinely use characters only
// GB18030 defines, so they are decoded with the superset.
const GB_SUBSETS = /^(?:gb2312|gbk|x-gbk|gb_2312-80|euc-cn)$/i;

// (InstanceType: with Node's types and no DOM lib, TextDecoder is declared as a value only.)
/** A decoder for a declared charset label, or null for a label no decoder knows. */
function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(GB_SUBSETS.test(label) ? "gb18030" : label);
  } catch {
    return null; // an unknown label: fall through to detection
  }
}

/** The charset a page declares in its first 4 KB (`<meta charset>` or `http-equiv`), if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  // latin1 maps every byte to one character, so the ASCII markup reads whatever the encoding.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  return /<meta[^>]{0,300}?charset\s*=\s*["']?([\w-]{1,40})/i.exec(head)?.[1]?.toLowerCase();
}

/**
 * Decodes an HTML page: a BOM wins, then the declared `<meta>` charset, then UTF-8 if the bytes are
 * valid UTF-8, else GB18030 (the encoding of Chinese government pages that declare nothing).
 *
 * @example
 * ```ts
 * decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xb6, 0xab, 0xb3, 0xc7, 0xc7, 0xf8]));
 * //=> { html: "<p>东城区", encoding: "gb18030" }
 * ```
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const byBom = decodedByBom(bytes);
  if (byBom) return { html: byBom.text, encoding: byBom.encoding };
  const declared = declaredCharset(bytes);
  const decoder = declared ? decoderFor(declared) : null;
  if (decoder) return { html: decoder.decode(bytes), encoding: decoder.encoding };
  const { text, encoding } = decodedUtf8OrGb18030(bytes);
  return { html: text, encoding };
}
