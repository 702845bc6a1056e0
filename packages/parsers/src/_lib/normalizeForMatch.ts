/**
 * Unifies full-width digits, letters and punctuation (：（），；．) with their half-width forms, for
 * matching labels and numbering only; task text keeps what was written.
 * @internal
 */
export function normalizeForMatch(s: string): string {
  return s.normalize("NFKC");
}
