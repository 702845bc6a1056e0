import type { Change, Document, Quantity } from "@minsheng/core";
import { indexCorpus, type CorpusIndex, type TaskEntry } from "../_lib/corpusIndex";
import { normalizeMeasureWord } from "../_lib/measureWord";
import { taskGroups } from "../_lib/taskGroups";

const figure = (q: Quantity) => `${q.value}\u0000${normalizeMeasureWord(q.unit)}`;

function byReport(a: TaskEntry, b: TaskEntry): number {
  const da = a.date ?? "";
  const db = b.date ?? "";
  return da < db ? -1 : da > db ? 1 : a.index - b.index;
}

/**
 * How tasks moved between reports: one row for each task seen in two consecutive reports of one
 * district (same city item, or the same text), ordered by report date (period end, else issued),
 * with the stated status before and after and the actual figures the later report adds (figures
 * compared by value and normalized measure word). Documents without an issuer are left out.
 *
 * @category Metrics
 * @param docs - parsed documents
 * @returns the changes, grouped by task in order of first appearance
 *
 * @example
 * ```ts
 * import { changes } from "@minsheng/metrics";
 * import { buildDocument, buildQuantity, buildTask } from "@minsheng/test-utils";
 * const q1 = buildDocument({ path: "q1.txt", sections: [{ year: 2024, period: "Q1", tasks: [buildTask({ seq: 1, cityItem: "k", status: "in-progress" })] }] });
 * const h1 = buildDocument({ path: "h1.txt", sections: [{ year: 2024, period: "H1", tasks: [buildTask({ seq: 4, cityItem: "k", status: "completed", actuals: [buildQuantity(57, "条")] })] }] });
 * changes([h1, q1]).map((c) => [c.from.source, c.to.source, c.statusFrom, c.statusTo, c.newActuals.length]);
 * //=> [["q1.txt", "h1.txt", "in-progress", "completed", 1]]
 * ```
 */
export function changes(docs: readonly Document[]): Change[] {
  return changesOf(indexCorpus(docs));
}

/** {@link changes} over an index built once. */
export function changesOf(index: CorpusIndex): Change[] {
  const groups = taskGroups(index);
  const size = new Int32Array(index.entries.length);
  for (const g of groups) size[g] = (size[g] as number) + 1;
  const members = new Map<number, TaskEntry[]>();
  for (const e of index.entries) {
    if (e.district === null) continue;
    const g = groups[e.index] as number;
    if ((size[g] as number) < 2) continue;
    const list = members.get(g);
    if (list) list.push(e);
    else members.set(g, [e]);
  }
  const out: Change[] = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    list.sort(byReport);
    for (let i = 1; i < list.length; i++) {
      const from = list[i - 1] as TaskEntry;
      const to = list[i] as TaskEntry;
      if (from.docIndex === to.docIndex && from.sectionIndex === to.sectionIndex) continue;
      const toActuals = to.task.progress?.actuals ?? [];
      const fromActuals = from.task.progress?.actuals ?? [];
      let newActuals: Quantity[] = toActuals.slice();
      if (toActuals.length > 0 && fromActuals.length > 0) {
        const before = new Set(fromActuals.map(figure));
        newActuals = toActuals.filter((q) => !before.has(figure(q)));
      }
      out.push({
        district: to.districtName ?? (to.district as string),
        from: from.ref,
        to: to.ref,
        fromDate: from.date,
        toDate: to.date,
        statusFrom: from.task.progress?.status ?? null,
        statusTo: to.task.progress?.status ?? null,
        newActuals,
      });
    }
  }
  return out;
}
