import type { Document, SectionMetrics, TaskRef } from "@minsheng/core";
import { indexCorpus, type CorpusIndex } from "../_lib/corpusIndex";

/**
 * Figures of every section of every document, in input order: tasks by stated status, the
 * completion rate, the evidence given, and deadlines by month.
 *
 * The completion rate counts what the documents state: completed / tasks with a stated status.
 * A section that states no status has `completionRate: null` — never 0, never guessed.
 * Evidence: `quantified` = progress with at least one actual figure; `narrativeOnly` = progress
 * text without figures; `none` = no progress at all.
 *
 * @category Metrics
 * @param docs - parsed documents
 * @returns one {@link SectionMetrics} per section, with the refs of its tasks
 *
 * @example
 * ```ts
 * import { sectionMetrics } from "@minsheng/metrics";
 * import { buildDocument, buildTask } from "@minsheng/test-utils";
 * const doc = buildDocument({ tasks: [buildTask({ seq: 1, status: "completed" }), buildTask({ seq: 2, status: "in-progress" })] });
 * sectionMetrics([doc])[0]?.completionRate; //=> 0.5
 * ```
 */
export function sectionMetrics(docs: readonly Document[]): SectionMetrics[] {
  return sectionMetricsOf(indexCorpus(docs));
}

/** {@link sectionMetrics} over an index built once. */
export function sectionMetricsOf(index: CorpusIndex): SectionMetrics[] {
  const out: SectionMetrics[] = [];
  for (const s of index.sections) {
    const status = { completed: 0, inProgress: 0, notStarted: 0, unstated: 0 };
    const evidence = { quantified: 0, narrativeOnly: 0, none: 0 };
    const deadlinesByMonth: Record<string, number> = {};
    let deadlineMissing = 0;
    const refs: TaskRef[] = [];
    for (let i = s.first; i < s.end; i++) {
      const e = index.entries[i];
      if (!e) continue;
      const { task } = e;
      refs.push(e.ref);
      const p = task.progress;
      switch (p?.status ?? null) {
        case "completed":
          status.completed++;
          break;
        case "in-progress":
          status.inProgress++;
          break;
        case "not-started":
          status.notStarted++;
          break;
        default:
          status.unstated++;
      }
      if (p && p.actuals.length > 0) evidence.quantified++;
      else if (p && (p.text.trim() !== "" || p.points.length > 0)) evidence.narrativeOnly++;
      else evidence.none++;
      if (task.deadline) {
        const month = task.deadline.date.slice(0, 7);
        deadlinesByMonth[month] = (deadlinesByMonth[month] ?? 0) + 1;
      } else deadlineMissing++;
    }
    const stated = status.completed + status.inProgress + status.notStarted;
    out.push({
      source: s.doc.source.path,
      section: s.sectionIndex,
      issuer: s.doc.issuer?.name ?? null,
      year: s.section.year,
      kind: s.section.kind,
      period: s.section.period,
      tasks: s.end - s.first,
      status,
      completionRate: stated === 0 ? null : status.completed / stated,
      evidence,
      deadlinesByMonth: sortKeys(deadlinesByMonth),
      deadlineMissing,
      refs,
    });
  }
  return out;
}

function sortKeys(r: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k] as number;
  return out;
}
