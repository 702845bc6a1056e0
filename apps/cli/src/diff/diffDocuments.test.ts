import type { Change, Document, Metrics, Quantity, Task } from "@minsheng/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDocument, makeTask } from "../../test/helpers/makeDocument";
import { diffDocuments, type DiffTask, type DocumentDiff } from "./diffDocuments";

// The pairing as first written: a search of the other report for every task. Kept as the
// reference the indexed pairing must agree with.
function diffBySearch(older: Document, newer: Document, metrics: Metrics): DocumentDiff {
  const located = (d: Document): DiffTask[] =>
    d.sections.flatMap((s, section) => s.tasks.map((task) => ({ section, task })));
  const normalizedText = (t: Task) => t.text.normalize("NFKC").replace(/[\s\p{P}]+/gu, "");
  const quantityKey = (q: Quantity) => `${q.value}\u0000${q.unit}`;
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

// Few distinct values, so that keys collide: repeated numbers, texts and items are the hard case.
const arbTask = fc
  .record({
    seq: fc.integer({ min: 1, max: 6 }),
    text: fc.constantFrom("新增托位", "新增 托位。", "改造老旧小区", "", "建成驿站"),
    item: fc.option(fc.constantFrom("bj:a", "bj:b", ""), { nil: null }),
    status: fc.constantFrom(null, "completed", "in-progress"),
    actual: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  })
  .map(({ seq, text, item, status, actual }) =>
    makeTask(seq, {
      text,
      cityItem:
        item === null
          ? null
          : { programme: "livelihood", year: 2024, number: 1, key: item, text, similarity: null },
      progress: {
        status,
        statusText: null,
        pace: null,
        text: "",
        points: [],
        actuals:
          actual === null
            ? []
            : [{ value: actual, unit: "个", comparator: "=", text: `${actual}个`, subject: null }],
      },
    }),
  );

const arbDoc = (path: string) =>
  fc.array(fc.array(arbTask, { maxLength: 8 }), { minLength: 1, maxLength: 3 }).map((sections) => {
    const doc = makeDocument(path, sections[0] ?? []);
    const first = doc.sections[0] as Document["sections"][number];
    return { ...doc, sections: sections.map((tasks) => ({ ...first, tasks })) };
  });

const arbChange = fc
  .record({
    fromSource: fc.constantFrom("q1.json", "other.json"),
    from: fc.record({ section: fc.nat(3), seq: fc.integer({ min: 1, max: 6 }) }),
    to: fc.record({ section: fc.nat(3), seq: fc.integer({ min: 1, max: 6 }) }),
  })
  .map(({ fromSource, from, to }): Change => ({
    district: "东城区",
    from: { source: fromSource, ...from },
    to: { source: "h1.json", ...to },
    fromDate: null,
    toDate: null,
    statusFrom: null,
    statusTo: null,
    newActuals: [],
  }));

describe("diffDocuments", () => {
  it("pairs tasks as a search of the other report for each task would", () => {
    fc.assert(
      fc.property(
        arbDoc("q1.json"),
        arbDoc("h1.json"),
        fc.array(arbChange, { maxLength: 10 }),
        (older, newer, changes) => {
          const metrics = { changes } as unknown as Metrics;
          expect(diffDocuments(older, newer, metrics)).toEqual(diffBySearch(older, newer, metrics));
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) },
    );
  });
});
