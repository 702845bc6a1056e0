// Trimming a set of characters from the ends with a loop, not /[…]+$/: that pattern is tried at
// every position of a long run that does not reach the end, which is quadratic.

/**
 * Removes the given characters from the start and the end of a string.
 * @internal
 */
export function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a] as string)) a++;
  while (b > a && chars.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

/**
 * Removes the given characters from the end of a string.
 * @internal
 */
export function trimCharsEnd(s: string, chars: string): string {
  let b = s.length;
  while (b > 0 && chars.includes(s[b - 1] as string)) b--;
  return s.slice(0, b);
}
