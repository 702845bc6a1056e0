// Measure words compared as one measure: the value is already scaled (1 万个 → 10000), so a
// leading multiplier in the unit is noise (万个 ≈ 个, 万平方米 ≈ 平方米, a bare 万 ≈ no unit; only 万 and 亿, which the parser scales), and a
// few spellings name the same measure (名 ≈ 人, 平米 ≈ 平方米, 千米 ≈ 公里).

const MULTIPLIER = /^[万亿]+/u;
const SPACE = /\s+/gu;
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["名", "人"],
  ["平米", "平方米"],
  ["㎡", "平方米"],
  ["m2", "平方米"],
  ["千米", "公里"],
  ["km", "公里"],
]);
const cache = new Map<string, string>();

/** The normalized measure word: `normalizeMeasureWord("万个")` is `"个"`. */
export function normalizeMeasureWord(unit: string): string {
  const hit = cache.get(unit);
  if (hit !== undefined) return hit;
  const u0 = unit.normalize("NFKC").replace(SPACE, "");
  const u = u0.replace(MULTIPLIER, "");
  const out = SYNONYMS.get(u) ?? u;
  if (cache.size < 10_000) cache.set(unit, out);
  return out;
}
