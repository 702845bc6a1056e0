/**
 * Whether a UTF-16 code is an ASCII digit 0–9 (readers that fold widths first ask this of the
 * folded code; a code past a string's end, NaN, is none).
 * @internal
 *
 * @example
 * ```ts
 * isAsciiDigitCode("7".charCodeAt(0)); //=> true
 * isAsciiDigitCode("７".charCodeAt(0)); //=> false
 * ```
 */
export function isAsciiDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
