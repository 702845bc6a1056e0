import type { Document, Metrics, Quantity, Task } from "@minsheng/core";

/** A task located in its document. */
export interface DiffTask {
  readonly section: number;
  readonly task: Task;
}

/** What changed between two reports of one district. */
export interface DocumentDiff {
  readonly older: string;
  readonly newer: string;
  readonly district: string | null;
  readonly added: DiffTask[];
  readonly dropped: DiffTask[];
  readonly statusMoves: {
    readonly from: DiffTask;
    readonly to: DiffTask;
    readonly statusFrom: string | null;
    readonly statusTo: string | null;
  }[];
  readonly newFigures: { readonly to: DiffTask; readonly actuals: Quantity[] }[];
  readonly unchanged: number;
}

const located = (d: Document): DiffTask[] =>
  d.sections.flatMap((s, section) => s.tasks.map((task) => ({ section, task })));

/** The text a task is matched by when it cites no city item: NFKC, no spaces or punctuation. */
const normalizedText = (t: Task) => t.text.normalize("NFKC").replace(/[\s\p{P}]+/gu, "");

const quantityKey = (q: Quantity) => `${q.value}\u0000${q.unit}`;

/**
 * Compares two reports of one district. Tasks are paired by the metrics' `changes` when they
 * provide them, else by city item (`cityItem.key`), else by identical normalized text; unpaired
 * tasks of the newer report are added, of the older dropped. New figures are actuals of a paired
 * task whose value and measure the older report did not state.
 */
export function diffDocuments(older: Document, newer: Document, metrics: Metrics): DocumentDiff {
  const a = located(older);
  const b = located(newer);
  const pairs: [DiffTask, DiffTask][] = [];
  const usedA = new Set<DiffTask>();
  const usedB = new Set<DiffTask>();
  const pair = (x: DiffTask | undefined, y: DiffTask | undefined) => {
    if (!x || !y || usedA.has(x) || usedB.has(y)) return;
    usedA.add(x);
    usedB.add(y);
    pairs.push([x, y]);
  };
  for (const c of metrics.changes)
    if (c.from.source === older.source.path && c.to.source === newer.source.path)
      pair(
        a.find((x) => x.section === c.from.section && x.task.seq === c.from.seq),
        b.find((y) => y.section === c.to.section && y.task.seq === c.to.seq),
      );
  for (const x of a)
    if (x.task.cityItem)
      pair(
        x,
        b.find((y) => !usedB.has(y) && y.task.cityItem?.key === x.task.cityItem?.key),
      );
  for (const x of a)
    if (!usedA.has(x))
      pair(
        x,
        b.find((y) => !usedB.has(y) && normalizedText(y.task) === normalizedText(x.task)),
      );

  const statusMoves: DocumentDiff["statusMoves"] = [];
  const newFigures: DocumentDiff["newFigures"] = [];
  let unchanged = 0;
  for (const [from, to] of pairs) {
    const statusFrom = from.task.progress?.status ?? null;
    const statusTo = to.task.progress?.status ?? null;
    const known = new Set((from.task.progress?.actuals ?? []).map(quantityKey));
    const actuals = (to.task.progress?.actuals ?? []).filter((q) => !known.has(quantityKey(q)));
    if (statusFrom !== statusTo) statusMoves.push({ from, to, statusFrom, statusTo });
    if (actuals.length) newFigures.push({ to, actuals });
    if (statusFrom === statusTo && actuals.length === 0) unchanged++;
  }
  return {
    older: older.source.path,
    newer: newer.source.path,
    district: newer.issuer?.name ?? older.issuer?.name ?? null,
    added: b.filter((y) => !usedB.has(y)),
    dropped: a.filter((x) => !usedA.has(x)),
    statusMoves,
    newFigures,
    unchanged,
  };
}
