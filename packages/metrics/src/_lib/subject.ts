// How close two subjects (what a figure counts) are: character-bigram overlap (Dice), with
// containment counted as close (学位 inside 中小学学位). Subjects contradict when both are said and
// they share nothing.

const SPACE = /\s+/gu;

function grams(s: string): Set<string> {
  const out = new Set<string>();
  if (s.length === 1) out.add(s);
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

function clean(s: string | null): string {
  return s === null ? "" : s.normalize("NFKC").replace(SPACE, "");
}

/** Similarity in [0, 1]; 0 when either subject is missing. */
export function subjectSimilarity(a: string | null, b: string | null): number {
  const x = clean(a);
  const y = clean(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const contained =
    x.includes(y) || y.includes(x)
      ? 0.5 + (0.5 * Math.min(x.length, y.length)) / Math.max(x.length, y.length)
      : 0;
  const gx = grams(x);
  const gy = grams(y);
  let common = 0;
  for (const g of gx) if (gy.has(g)) common++;
  const dice = (2 * common) / (gx.size + gy.size);
  return Math.max(dice, contained);
}

/** True when both subjects are said and have nothing in common. */
export function subjectsContradict(a: string | null, b: string | null): boolean {
  const x = clean(a);
  const y = clean(b);
  return x !== "" && y !== "" && subjectSimilarity(x, y) === 0;
}
