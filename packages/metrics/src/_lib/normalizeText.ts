// Text identity for "the same task": NFKC, and only letters and digits kept, so that spacing,
// punctuation and full/half-width variants of one sentence compare equal.

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** The comparable form of a task's text; "" when nothing is left. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").replace(NOT_WORD, "");
}
