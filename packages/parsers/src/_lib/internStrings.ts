import type { Document, Quantity } from "@minsheng/core";

/**
 * Makes equal short strings of a document one string: subjects and city-item keys repeat across
 * tasks, and a large report holds hundreds of thousands of copies.
 * Nothing changes in value; only memory is shared.
 * @internal
 */
export function internStrings(doc: Document): Document {
  const pool = new Map<string, string>();
  // Measure words come from the reader's word list, categories from their section, and deadlines
  // from a per-document memo: those are shared already. Subjects and keys are made per task.
  // Plain loops and no closures: this pass visits every quantity of the document.
  for (const s of doc.sections)
    for (const t of s.tasks) {
      if (t.cityItem) t.cityItem.key = intern(pool, t.cityItem.key);
      internSubjects(pool, t.targets);
      if (t.progress) internSubjects(pool, t.progress.actuals);
    }
  return doc;
}

function internSubjects(pool: Map<string, string>, quantities: readonly Quantity[]): void {
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i] as Quantity;
    if (q.subject !== null) q.subject = intern(pool, q.subject);
  }
}

function intern(pool: Map<string, string>, s: string): string {
  const hit = pool.get(s);
  if (hit !== undefined) return hit;
  pool.set(s, s);
  return s;
}
