import type { Document, Quantity, Task } from "@minsheng/core";

// Whitespace is not compared: PDF text layers and HTML re-flow put spaces between CJK and digits
// (autospacing) that the source did not have, and the parser's cleaning treats them as stray.
const squash = (s: string | null | undefined) => (s ?? "").normalize("NFKC").replace(/\s+/g, "");
const quantity = (q: Quantity) => ({
  value: q.value,
  unit: squash(q.unit),
  comparator: q.comparator,
  text: squash(q.text),
});

/** The fields of a task the format tests compare, normalized as documented above. */
export function comparableTask(t: Task) {
  return {
    seq: t.seq,
    text: squash(t.text),
    units: t.units.map((u) => ({ role: u.role, name: squash(u.name) })),
    deadline: t.deadline?.date ?? null,
    status: t.progress?.status ?? null,
    targets: t.targets.map(quantity),
    actuals: (t.progress?.actuals ?? []).map(quantity),
  };
}

/** Every task of a document in order, with its section index. */
export function comparableTasks(doc: Document) {
  return doc.sections.flatMap((s, section) => s.tasks.map((t) => ({ section, ...comparableTask(t) })));
}
