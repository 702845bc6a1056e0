// PDF's LZW encoding (EarlyChange 1), written for tests: a clear code first, codes of 9 to 12 bits,
// the table cleared before it fills, the end code last. A code is written as wide as the decoder,
// one table entry behind, reads it: 10 bits once this table's next entry is 512, and so on.

/** Writes codes as wide as a table whose next entry is `next` needs. */
class CodeWriter {
  readonly out: number[] = [];
  next = 258;
  private bits = 0;
  private held = 0;

  emit(code: number): void {
    const width = this.next < 512 ? 9 : this.next < 1024 ? 10 : this.next < 2048 ? 11 : 12;
    this.bits = (this.bits << width) | code;
    this.held += width;
    while (this.held >= 8) {
      this.out.push((this.bits >>> (this.held - 8)) & 0xff);
      this.held -= 8;
    }
    this.bits &= (1 << this.held) - 1;
  }

  /** The bytes written, the end code and the last bits' padding included. */
  end(): Uint8Array {
    this.emit(257);
    if (this.held > 0) this.out.push((this.bits << (8 - this.held)) & 0xff);
    return new Uint8Array(this.out);
  }
}

/** `data` LZW-encoded. */
export function lzwEncode(data: Uint8Array): Uint8Array {
  const w = new CodeWriter();
  let table = new Map<number, number>();
  w.emit(256);
  let word = -1;
  for (const byte of data) {
    if (word < 0) {
      word = byte;
      continue;
    }
    const known = table.get(word * 256 + byte);
    if (known !== undefined) {
      word = known;
      continue;
    }
    w.emit(word);
    table.set(word * 256 + byte, w.next++);
    word = byte;
    if (w.next >= 4094) {
      w.emit(256);
      table = new Map();
      w.next = 258;
    }
  }
  if (word >= 0) w.emit(word);
  return w.end();
}

/**
 * The LZW encoding of `byte` repeated, `cycles` tables long, written code by code (encoding the
 * bytes themselves would take seconds): after each clear the byte, then codes 258, 259, … each one
 * byte longer than the last. A cycle decodes to 7,359,366 bytes (1 + 2 + … + 3,836) from about 5.5 KB.
 */
export function lzwRepeats(byte: number, cycles: number): Uint8Array {
  const w = new CodeWriter();
  for (let c = 0; c < cycles; c++) {
    w.emit(256); // as wide as the full table before it
    w.next = 258;
    w.emit(byte);
    w.next = 259; // the byte's code added the entry for the byte twice, 258
    for (let code = 258; code < 4093; code++) {
      w.emit(code);
      w.next++;
    }
  }
  return w.end();
}
