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

// What each BMP character is to NFKC and to item texts, learnt on first sight and packed in one
// int per character (0: not learnt yet). The flags let the common text — CJK, ASCII and CJK or
// full-width punctuation — be keyed (and a body's name be checked) in one pass over its codes,
// without running NFKC and a Unicode-property class over every text.
const FACTS = new Int32Array(0x10000);
const LEARNT = 1 << 16;
/** DROPPED holds for the character itself. */
const DROPPED_SELF = 1 << 17;
/** It matches `\s`. */
const WHITE = 1 << 18;
/** NFKC leaves it as it is, whatever characters surround it. */
const NFKC_SAME = 1 << 19;
/** In an item text NFKC makes it, whatever surrounds it, dropped characters only (no `<`). */
const ITEM_DROP = 1 << 20;
/** In an item text NFKC makes it, whatever surrounds it, one kept character: the low 16 bits. */
const ITEM_KEEP = 1 << 21;

// NFKC composes a character only with a following mark or Hangul vowel or final jamo (or an
// astral sign), and reorders only marks. A character whose NFKD holds none of these is therefore
// normalised alone, whatever its neighbours: NFKC of a string of such characters is the
// concatenation of the characters' own NFKC. (textSimilarity.test.ts checks the premise against
// every decomposition of the running ICU.)
const CONTEXT_SENSITIVE = /[\p{M}\u1100-\u11ff\ud800-\udfff]/u;

function learn(c: number): number {
  const ch = String.fromCharCode(c);
  let f = LEARNT | (DROPPED.test(ch) ? DROPPED_SELF : 0) | (/\s/.test(ch) ? WHITE : 0);
  if (c >= 0xd800 && c <= 0xdfff) return (FACTS[c] = f);
  const nfkc = ch.normalize("NFKC");
  if (!CONTEXT_SENSITIVE.test(ch.normalize("NFKD"))) {
    if (nfkc === ch) f |= NFKC_SAME;
    // Tags are removed after NFKC, so a character NFKC makes `<` is left to the full path.
    const kept = nfkc.includes("<") ? null : [...nfkc].filter((k) => !DROPPED.test(k));
    if (kept?.length === 0) f |= ITEM_DROP;
    else if (kept?.length === 1 && (kept[0] as string).length === 1)
      f |= ITEM_KEEP | (kept[0] as string).charCodeAt(0);
  }
  return (FACTS[c] = f);
}

// CJK unified ideographs, most characters of every text, are answered without the table (a
// third of it, rarely in cache): NFKC leaves them alone and item texts keep them.
const IDEOGRAPH = LEARNT | NFKC_SAME | ITEM_KEEP;

function facts(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return IDEOGRAPH | c;
  return (FACTS[c] as number) || learn(c);
}

/**
 * Whether NFKC leaves a string as it is, told from its characters alone (false: cannot tell).
 * @internal
 * @example
 * ```ts
 * import { isNfkcStable } from "./textSimilarity";
 * isNfkcStable("区卫健委（养犬办）、"); //=> false
 * isNfkcStable("区卫健委(养犬办)、"); //=> true
 * ```
 */
export function isNfkcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!(facts(s.charCodeAt(i)) & NFKC_SAME)) return false;
  return true;
}

/**
 * Whether a string holds a character that `\s` matches.
 * @internal
 * @example
 * ```ts
 * import { hasWhiteSpace } from "./textSimilarity";
 * hasWhiteSpace("区卫健委\u3000"); //=> true
 * hasWhiteSpace("区卫健委"); //=> false
 * ```
 */
export function hasWhiteSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (facts(s.charCodeAt(i)) & WHITE) return true;
  return false;
}

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
    } else drop = (facts(c) & DROPPED_SELF) !== 0;
    if (drop) {
      out += text.slice(from, i);
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

// FNV-1a runs on signed 32-bit values (the same bits as unsigned), made unsigned once at the end:
// an unsigned state above 2^31 would be boxed as a heap number on every character.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** {@link keptHash} of a text it cannot key in one pass. */
const NOT_SIMPLE = -1;
/** {@link keptHash} of a text that normalises to nothing. */
const NOTHING_KEPT = -2;

// stableHash(normalizeItemText(text)) as a number, computed over the kept codes as they are read
// instead of building the normalised string; NOT_SIMPLE for a text holding a character whose
// NFKC depends on its neighbours or makes a `<` (or an astral character).
function keptHash(text: string): number {
  let h = FNV_OFFSET;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const f = facts(text.charCodeAt(i));
    if (f & ITEM_KEEP) {
      h = Math.imul(h ^ (f & 0xffff), FNV_PRIME);
      kept++;
    } else if (!(f & ITEM_DROP)) return NOT_SIMPLE;
  }
  return kept === 0 ? NOTHING_KEPT : h >>> 0;
}

/**
 * The {@link stableHash} of an item text's {@link normalizeItemText} form, or null when that form
 * is empty.
 * @internal
 * @example
 * ```ts
 * import { itemTextHash, normalizeItemText, stableHash } from "./textSimilarity";
 * itemTextHash("新建 50 个温馨家园。") === stableHash(normalizeItemText("新建 50 个温馨家园。")); //=> true
 * itemTextHash("；。 "); //=> null
 * ```
 */
export function itemTextHash(text: string): string | null {
  const h = keptHash(text);
  if (h === NOTHING_KEPT) return null;
  if (h !== NOT_SIMPLE) return hex8(h);
  const norm = normalizeItemText(text);
  return norm ? stableHash(norm) : null;
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
 * @example
 * ```ts
 * import { stableHash } from "./textSimilarity";
 * stableHash(""); //=> "811c9dc5"
 * stableHash("a"); //=> "e40c292c"
 * ```
 */
export function stableHash(s: string): string {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return hex8(h >>> 0);
}

const HEX_CODES = Uint8Array.from("0123456789abcdef", (c) => c.charCodeAt(0));

/** `h.toString(16).padStart(8, "0")` for a 32-bit unsigned h, in a tenth of the time. */
function hex8(h: number): string {
  return String.fromCharCode(
    hexCode(h >>> 28),
    hexCode(h >>> 24),
    hexCode(h >>> 20),
    hexCode(h >>> 16),
    hexCode(h >>> 12),
    hexCode(h >>> 8),
    hexCode(h >>> 4),
    hexCode(h),
  );
}

function hexCode(n: number): number {
  return HEX_CODES[n & 15] as number;
}
