// A constant set of characters asked of many characters of a document (is this line's first
// character one that boilerplate starts with?). A loop over the set's string compares every member
// for the common answer, "no"; a small open-addressed table answers it with one probe, mostly.

/**
 * A fixed set of UTF-16 code units, asked by code: `set.has(text.charCodeAt(i))`.
 * `new CodeSet(chars).has(c)` is `hasCode(chars, c)`, for any number `c` (NaN and codes outside
 * the set are not members).
 * @internal
 *
 * @example
 * ```ts
 * const numerals = new CodeSet("一二三");
 * numerals.has("二".charCodeAt(0)); //=> true
 * numerals.has("四".charCodeAt(0)); //=> false
 * numerals.has("".charCodeAt(0)); //=> false
 * ```
 */
export class CodeSet {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(chars: string) {
    // At most a quarter full: a code that is no member mostly lands on an empty slot at once.
    let size = 16;
    while (size < chars.length * 4) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < chars.length; i++) {
      const code = chars.charCodeAt(i);
      let k = code & this.mask;
      while (this.slots[k] !== -1 && this.slots[k] !== code) k = (k + 1) & this.mask;
      this.slots[k] = code;
    }
  }

  /** Whether `code` is in the set. */
  has(code: number): boolean {
    const slots = this.slots;
    // The table always has an empty slot, so the probe ends; an empty slot is asked first, so that
    // -1 is no member. NaN (charCodeAt past the end) probes slot 0 and equals nothing.
    for (let k = code & this.mask; ; k = (k + 1) & this.mask) {
      const s = slots[k] as number;
      if (s === -1) return false;
      if (s === code) return true;
    }
  }
}
