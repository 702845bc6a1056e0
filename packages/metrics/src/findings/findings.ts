import type { Document, Finding, TaskRef } from "@minsheng/core";
import { indexCorpus, type CorpusIndex, type TaskEntry } from "../_lib/corpusIndex";

const SPACE = /\s+/gu;
const clean = (s: string) => s.normalize("NFKC").replace(SPACE, "");

/**
 * Inconsistencies inside the documents, each with the refs of the tasks concerned:
 * - `category_count_mismatch`: a category declares a count (改善居住条件（4项）) other than the tasks found in it;
 * - `numbering_duplicate`: one number given to two tasks of a section (of a category, where the
 *   section numbers each category from 1 again);
 * - `numbering_gap`: numbers missing in a section's sequence (counted from 1, per category where
 *   the numbering starts again in each);
 * - `completed_without_progress`: a task stated completed with no progress text, points or figures;
 * - `deadline_before_document`: in a plan, a deadline before the date the document was issued.
 *
 * @category Metrics
 * @param docs - parsed documents
 * @returns the findings, section by section in input order
 *
 * @example
 * ```ts
 * import { findings } from "@minsheng/metrics";
 * import { buildDocument, buildTask } from "@minsheng/test-utils";
 * const doc = buildDocument({ tasks: [buildTask({ seq: 1 }), buildTask({ seq: 3 }), buildTask({ seq: 3 })] });
 * findings([doc]).map((f) => f.code); //=> ["numbering_duplicate", "numbering_gap"]
 * ```
 */
export function findings(docs: readonly Document[]): Finding[] {
  return findingsOf(indexCorpus(docs));
}

/** {@link findings} over an index built once. */
export function findingsOf(index: CorpusIndex): Finding[] {
  const out: Finding[] = [];
  for (const s of index.sections) {
    const entries = index.entries.slice(s.first, s.end) as TaskEntry[];
    const label = `${s.doc.source.path}, section ${s.sectionIndex}`;

    // declared category counts
    if (s.section.categories.some((c) => c.declaredCount !== null)) {
      const inCategory = new Map<string, TaskRef[]>();
      for (const e of entries) {
        if (e.task.category === null) continue;
        const k = clean(e.task.category);
        const list = inCategory.get(k);
        if (list) list.push(e.ref);
        else inCategory.set(k, [e.ref]);
      }
      for (const c of s.section.categories) {
        if (c.declaredCount === null) continue;
        const refs = inCategory.get(clean(c.name)) ?? [];
        if (refs.length !== c.declaredCount)
          out.push({
            code: "category_count_mismatch",
            message: `${label}: category ${c.name} declares ${c.declaredCount} tasks but ${refs.length} ${refs.length === 1 ? "was" : "were"} found in it`,
            refs,
          });
      }
    }

    // numbering: duplicates, then gaps, in each run of numbers (a section numbering its tasks
    // again from 1 under each category has a run per category)
    for (const run of numberingRuns(entries)) numberingFindings(run, label, out);

    for (const e of entries) {
      const p = e.task.progress;
      if (
        p?.status === "completed" &&
        p.text.trim() === "" &&
        p.points.length === 0 &&
        p.actuals.length === 0
      )
        out.push({
          code: "completed_without_progress",
          message: `${label}: task ${e.task.seq} is stated completed${p.statusText ? ` (${p.statusText})` : ""} but the report gives no progress text`,
          refs: [e.ref],
        });
      const issued = s.doc.issued;
      if (s.section.kind === "plan" && issued && e.task.deadline && e.task.deadline.date < issued)
        out.push({
          code: "deadline_before_document",
          message: `${label}: task ${e.task.seq} is due ${e.task.deadline.date} (${e.task.deadline.text}), before the document's own date ${issued}`,
          refs: [e.ref],
        });
    }
  }
  return out;
}

/**
 * The runs of a section's numbering: a task numbered 1 under a category not met before in the
 * section starts a new run (一、教育 1. 2. 二、养老 1. 2.); a category met again (a repeated page)
 * does not.
 */
function numberingRuns(entries: readonly TaskEntry[]): TaskEntry[][] {
  const runs: TaskEntry[][] = [];
  let run: TaskEntry[] = [];
  const categories = new Set<string | null>();
  let prevCategory: string | null = null;
  for (const e of entries) {
    const category = e.task.category;
    if (e.task.seq === 1 && run.length && category !== prevCategory && !categories.has(category)) {
      runs.push(run);
      run = [];
    }
    run.push(e);
    categories.add(category);
    prevCategory = category;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Pushes the duplicate and missing numbers of one run of numbering. */
function numberingFindings(entries: readonly TaskEntry[], label: string, out: Finding[]): void {
  const bySeq = new Map<number, TaskRef[]>();
  for (const e of entries) {
    const list = bySeq.get(e.task.seq);
    if (list) list.push(e.ref);
    else bySeq.set(e.task.seq, [e.ref]);
  }
  for (const [seq, refs] of bySeq)
    if (refs.length > 1)
      out.push({
        code: "numbering_duplicate",
        message: `${label}: number ${seq} is given to ${refs.length} tasks`,
        refs,
      });
  const seqs = [...bySeq.keys()].filter((n) => n > 0).sort((a, b) => a - b);
  let prev = 0;
  for (const seq of seqs) {
    if (seq > prev + 1) {
      const missing = seq - prev === 2 ? `${prev + 1}` : `${prev + 1}–${seq - 1}`;
      const refs = [...(bySeq.get(prev) ?? []), ...(bySeq.get(seq) ?? [])];
      out.push({
        code: "numbering_gap",
        message: `${label}: no task is numbered ${missing} (between ${prev || "the start"} and ${seq})`,
        refs,
      });
    }
    prev = seq;
  }
}
