// Trimming a set of characters from the ends with a loop, not /[…]+$/: that pattern is tried at
// every position of a long run that does not reach the end, which is quadratic. The loops compare
// character codes: `chars.includes(s[i])` would make a one-character string of every CJK end.

/**
 * Whether a UTF-16 code unit occurs in a string (`chars.includes(String.fromCharCode(code))`).
 * @internal
 */
export function hasCode(chars: string, code: number): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}

/**
 * Removes the given characters from the start and the end of a string.
 * @internal
 */
export function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && hasCode(chars, s.charCodeAt(a))) a++;
  while (b > a && hasCode(chars, s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/**
 * Removes the given characters from the end of a string.
 * @internal
 */
export function trimCharsEnd(s: string, chars: string): string {
  let b = s.length;
  while (b > 0 && hasCode(chars, s.charCodeAt(b - 1))) b--;
  return b === s.length ? s : s.slice(0, b);
}
