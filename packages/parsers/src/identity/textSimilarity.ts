// City items are matched by the text districts quote, which they edit a little (punctuation,
// spaces, a dropped clause). Character bigrams with the Dice coefficient tolerate such edits and
// need no word segmentation.

/**
 * Normalises a quoted item text for matching: NFKC, no spaces, no punctuation or brackets.
 * @internal
 */
export function normalizeItemText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/<[^<>]{0,80}>/g, "")
    .replace(/[\s\p{P}\p{S}]/gu, "");
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * Dice similarity of two normalised texts over character bigrams: 1 for equal texts, 0 for texts
 * sharing no bigram.
 * @internal
 */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return a ? 1 : 0;
  if (a.length < 2 || b.length < 2) return 0;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

/**
 * A short stable hash (FNV-1a, 32 bit, hex) of a string: keys derive from content, never from order.
 * @internal
 */
export function stableHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
