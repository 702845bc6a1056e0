import type { Document, Quantity } from "@minsheng/core";

/**
 * Makes equal short strings of a document one string: deadlines, measure words, subjects and
 * city-item keys repeat across tasks, and a large report holds hundreds of thousands of copies.
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
  const quantity = (q: Quantity) => {
    q.unit = one(q.unit);
    if (q.subject !== null) q.subject = one(q.subject);
  };
  for (const s of doc.sections)
    for (const t of s.tasks) {
      if (t.deadline) {
        t.deadline.date = one(t.deadline.date);
        t.deadline.text = one(t.deadline.text);
      }
      if (t.cityItem) t.cityItem.key = one(t.cityItem.key);
      if (t.category !== null) t.category = one(t.category);
      t.targets.forEach(quantity);
      t.progress?.actuals.forEach(quantity);
    }
  return doc;
}
