// City items are matched by the text districts quote, which they edit a little (punctuation,
// spaces, a dropped clause). Character bigrams with the Dice coefficient tolerate such edits and
// need no word segmentation.

/**
 * Normalises a quoted item text for matching: NFKC, no spaces, no punctuation or brackets.
 * @internal
 */
export function normalizeItemText(text: string): string {
  const nfkc = text.normalize("NFKC");
  // Most item texts hold no tag: skip the replace that would copy them.
  return withoutSpacesOrPunctuation(nfkc.includes("<") ? nfkc.replace(/<[^<>]{0,80}>/g, "") : nfkc);
}

/** A space, punctuation or a symbol: dropped from item texts. */
const DROPPED = /^[\s\p{P}\p{S}]$/u;
/** What DROPPED says of each BMP character, learnt once per character: 0 unknown, 1 kept, 2 dropped. */
const droppedBmp = new Uint8Array(0x10000);

// The same as `.replace(/[\s\p{P}\p{S}]/gu, "")`, without running a Unicode-property class on
// every character of every item text (the most expensive step of keying a document's items).
function withoutSpacesOrPunctuation(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let width = 1;
    let drop: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      width = next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      drop = DROPPED.test(text.slice(i, i + width));
    } else {
      let known = droppedBmp[c] as number;
      if (known === 0) {
        known = DROPPED.test(text[i] as string) ? 2 : 1;
        droppedBmp[c] = known;
      }
      drop = known === 2;
    }
    if (drop) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : out + text.slice(from);
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
  return profileSimilarity(bigramProfile(a), bigramProfile(b));
}

/** A text's bigram counts, built once when it is compared with many others. @internal */
export interface BigramProfile {
  readonly text: string;
  readonly grams: ReadonlyMap<string, number>;
}

/**
 * The bigram profile of a normalised text.
 * @internal
 */
export function bigramProfile(text: string): BigramProfile {
  return { text, grams: bigrams(text) };
}

/**
 * The highest Dice similarity two texts of these lengths can reach (all bigrams of the shorter
 * shared): a cheap bound that spares counting bigrams of texts too different in length.
 * @internal
 */
export function similarityBound(a: string, b: string): number {
  const x = a.length - 1;
  const y = b.length - 1;
  return x <= 0 || y <= 0 ? (a === b ? 1 : 0) : (2 * Math.min(x, y)) / (x + y);
}

/**
 * {@link textSimilarity} over profiles built beforehand.
 * @internal
 */
export function profileSimilarity(a: BigramProfile, b: BigramProfile): number {
  if (a.text === b.text) return a.text ? 1 : 0;
  if (a.text.length < 2 || b.text.length < 2) return 0;
  let shared = 0;
  for (const [g, n] of a.grams) shared += Math.min(n, b.grams.get(g) ?? 0);
  return (2 * shared) / (a.text.length - 1 + (b.text.length - 1));
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
