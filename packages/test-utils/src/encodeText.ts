// Text encoders for tests that feed the parser bytes: Node's TextEncoder only does UTF-8, so the
// other encodings are built by hand here, once, for every test that needs them.

/**
 * UTF-8 bytes of a string, without a byte-order mark.
 *
 * @example
 * ```ts
 * encodeUtf8("中"); //=> Uint8Array [0xe4, 0xb8, 0xad]
 * ```
 */
export function encodeUtf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/**
 * UTF-16 bytes of a string (code unit by code unit, so surrogate pairs stay pairs), without a
 * byte-order mark: little-endian when `le`, else big-endian.
 *
 * @example
 * ```ts
 * encodeUtf16("a", true); //=> Uint8Array [0x61, 0x00]
 * ```
 */
export function encodeUtf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
}

/**
 * Concatenates byte arrays (or plain lists of bytes).
 *
 * @example
 * ```ts
 * concatBytes([0xef, 0xbb, 0xbf], encodeUtf8("a")); //=> Uint8Array [0xef, 0xbb, 0xbf, 0x61]
 * ```
 */
export function concatBytes(...parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

let gbTable: Map<string, readonly number[]> | null = null;

/** GB18030 codes of the BMP, built by inverting `new TextDecoder("gb18030")` over its 2- and 4-byte codes (lazily, once). */
function gb18030Table(): Map<string, readonly number[]> {
  if (gbTable) return gbTable;
  const table = new Map<string, readonly number[]>();
  const dec = new TextDecoder("gb18030", { fatal: true });
  const add = (bytes: readonly number[]): void => {
    try {
      const ch = dec.decode(Uint8Array.from(bytes));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, bytes);
    } catch {
      // not a code
    }
  };
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) add([a, b]);
  for (let a = 0x81; a <= 0x84; a++)
    for (let b = 0x30; b <= 0x39; b++)
      for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) add([a, b, c, d]);
  gbTable = table;
  return table;
}

/**
 * GB18030 bytes of a string of BMP characters (ASCII stays one byte). Throws on a character
 * without a code (outside the BMP): a test helper, not a general encoder.
 *
 * @example
 * ```ts
 * encodeGb18030("中文"); //=> Uint8Array [0xd6, 0xd0, 0xce, 0xc4]
 * ```
 */
export function encodeGb18030(s: string): Uint8Array {
  const table = gb18030Table();
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 code for ${ch}`);
      for (const b of bytes) out.push(b);
    }
  }
  return Uint8Array.from(out);
}

/**
 * GBK bytes of a string (the two-byte codes of GB18030; ASCII stays one byte), for pages that
 * declare `charset=gbk`. Throws on a character GBK has no code for, so such a page is never
 * silently written with GB18030's four-byte codes.
 *
 * @example
 * ```ts
 * encodeGbk("东城区"); //=> Uint8Array [0xb6, 0xab, 0xb3, 0xc7, 0xc7, 0xf8]
 * ```
 */
export function encodeGbk(s: string): Uint8Array {
  const table = gb18030Table();
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (bytes?.length !== 2) throw new Error(`not in GBK: ${ch} U+${code.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
