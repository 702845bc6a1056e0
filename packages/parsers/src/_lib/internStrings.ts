import type { Document, Quantity } from "@minsheng/core";

/**
 * Makes equal short strings of a document one string: subjects and city-item keys repeat across
 * tasks, and a large report holds hundreds of thousands of copies.
 * Nothing changes in value; only memory is shared.
 * @internal
 */
export function internStrings(doc: Document): Document {
  const pool = new Map<string, string>();
  const one = (s: string): string => {
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    pool.set(s, s);
    return s;
  };
  // Measure words come from the reader's word list, categories from their section, and deadlines
  // from a per-document memo: those are shared already. Subjects and keys are made per task.
  const quantity = (q: Quantity) => {
    if (q.subject !== null) q.subject = one(q.subject);
  };
  for (const s of doc.sections)
    for (const t of s.tasks) {
      if (t.cityItem) t.cityItem.key = one(t.cityItem.key);
      t.targets.forEach(quantity);
      t.progress?.actuals.forEach(quantity);
    }
  return doc;
}
