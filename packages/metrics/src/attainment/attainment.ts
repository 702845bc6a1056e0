import type { Attainment, Document, Quantity, Task } from "@minsheng/core";
import { indexCorpus, type CorpusIndex } from "../_lib/corpusIndex";
import { normalizeMeasureWord } from "../_lib/measureWord";
import { subjectSimilarity, subjectsContradict } from "../_lib/subject";

/** `~` (余, 约) targets count as met down to this ratio. */
export const APPROXIMATE_TOLERANCE = 0.95;

/** A target paired with an actual of the same task (without the ref). */
export interface Pairing {
  /** What the task promised. */
  readonly target: Quantity;
  /** What was reported done, of the same measure. */
  readonly actual: Quantity;
  /** `actual.value / target.value`. */
  readonly ratio: number;
  /** Whether the ratio meets the target's comparator. */
  readonly met: boolean;
}

/**
 * Whether a ratio meets a target, given the target's comparator: `>=` and `=` need 1, `>` more
 * than 1, `<=` at most 1, `~` (余, 约) allows 5% short.
 *
 * @param target - the promised quantity
 * @param ratio - actual / target
 * @returns true when met
 *
 * @example
 * ```ts
 * import { meets } from "@minsheng/metrics";
 * meets({ value: 100, unit: "个", comparator: "~", text: "约100个", subject: null }, 0.95); //=> true
 * meets({ value: 100, unit: "个", comparator: ">=", text: "不少于100个", subject: null }, 0.99); //=> false
 * ```
 */
export function meets(target: Quantity, ratio: number): boolean {
  switch (target.comparator) {
    case "<=":
      return ratio <= 1;
    case ">":
      return ratio > 1;
    case "~":
      return ratio >= APPROXIMATE_TOLERANCE;
    default:
      return ratio >= 1;
  }
}

/**
 * Pairs each target of a task with the actual that measures the same thing: measure words agree
 * after normalization (万个 = 个, 名 = 人); subjects, when both are said, do not contradict; among
 * several, the closest subject wins, then the closest magnitude. Bare numbers (no measure word on
 * either side) pair only when both subjects are said and agree. Targets of 0 are skipped (no ratio).
 *
 * @param task - a task with targets and progress actuals
 * @returns one pairing per target that found an actual
 *
 * @example
 * ```ts
 * import { pairTask } from "@minsheng/metrics";
 * import { parseText } from "@minsheng/parsers";
 * const doc = parseText("一、东城区 2023 年重要民生实事项目完成情况\n1.新增中小学学位 3000 个。\n完成情况：共扩充学位 4226 个。\n2.建成保障性住房1300套。\n完成情况：建成1595套保障性住房。\n");
 * const task = doc.sections[0]?.tasks[0];
 * task ? pairTask(task).map((p) => Math.round(p.ratio * 1000) / 1000) : []; //=> [1.409]
 * ```
 */
export function pairTask(task: Task): Pairing[] {
  const actuals = task.progress?.actuals ?? [];
  if (task.targets.length === 0 || actuals.length === 0) return [];
  const out: Pairing[] = [];
  for (const target of task.targets) {
    if (!(target.value > 0)) continue;
    const unit = normalizeMeasureWord(target.unit);
    let best: Quantity | null = null;
    let bestSim = -1;
    let bestDist = Infinity;
    for (const actual of actuals) {
      if (normalizeMeasureWord(actual.unit) !== unit) continue;
      if (subjectsContradict(target.subject, actual.subject)) continue;
      const sim = subjectSimilarity(target.subject, actual.subject);
      if (unit === "" && sim === 0) continue;
      const dist = actual.value > 0 ? Math.abs(Math.log(actual.value / target.value)) : Infinity;
      if (sim > bestSim || (sim === bestSim && dist < bestDist)) {
        best = actual;
        bestSim = sim;
        bestDist = dist;
      }
    }
    if (best) {
      const ratio = best.value / target.value;
      if (Number.isFinite(ratio)) out.push({ target, actual: best, ratio, met: meets(target, ratio) });
    }
  }
  return out;
}

/**
 * How far each promise was delivered: one row per (target, actual) pair of one task that measure
 * the same thing (see {@link pairTask}); `ratio = actual / target`; `met` respects the target's
 * comparator (`>=` and `=` need ratio ≥ 1, `>` more than 1, `<=` at most 1, `~` allows 5% short).
 *
 * @category Metrics
 * @param docs - parsed documents
 * @returns the pairs, in corpus order
 *
 * @example
 * ```ts
 * import { attainment } from "@minsheng/metrics";
 * import { buildDocument, buildQuantity, buildTask } from "@minsheng/test-utils";
 * const task = buildTask({ seq: 1, targets: [buildQuantity(3000, "个")], actuals: [buildQuantity(4226, "个"), buildQuantity(36, "所")] });
 * attainment([buildDocument({ tasks: [task] })]).map((a) => [a.ratio.toFixed(3), a.met]); //=> [["1.409", true]]
 * ```
 */
export function attainment(docs: readonly Document[]): Attainment[] {
  return attainmentOf(indexCorpus(docs));
}

/** {@link attainment} over an index built once. */
export function attainmentOf(index: CorpusIndex): Attainment[] {
  const out: Attainment[] = [];
  for (const e of index.entries) for (const p of pairTask(e.task)) out.push({ ref: e.ref, ...p });
  return out;
}
