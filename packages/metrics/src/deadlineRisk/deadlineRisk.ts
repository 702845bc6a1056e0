import type { Deadlines, Document, Light, TaskRef } from "@minsheng/core";
import { indexCorpus, type CorpusIndex, type TaskEntry } from "../_lib/corpusIndex";
import { doneIndex } from "../_lib/doneIndex";
import { dayNumber, requireIsoDate } from "../_lib/isoDate";
import { pairTask } from "../attainment/attainment";

/** A task is due soon when its deadline is at most this many days after `asOf`. */
export const DUE_SOON_DAYS = 30;
/** Stated progress lags when the share of time elapsed exceeds it by at least this much (序时进度). */
export const LAG_MARGIN = 0.25;

/** Options of {@link deadlineRisk}. */
export interface DeadlineRiskOptions {
  /** The date the risk is judged as of, `YYYY-MM-DD`; metrics never read the clock. */
  readonly asOf: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);
const where = (r: TaskRef) => `${r.source}, section ${r.section}, task ${r.seq}`;

/**
 * Deadline risk as of a date, for every task with a deadline.
 *
 * Done = the task's own status is completed, or a later report of the same district states it
 * completed (same city item, or the same text). Overdue = deadline before `asOf` and not done; due
 * soon = `asOf` ≤ deadline ≤ `asOf` + 30 days and not done; open = not done. Each task gets a light:
 * green when done; red when overdue or stated behind pace; yellow when due soon, or when the share
 * of time elapsed (from 1 January of the task's year to its deadline) is 25 points or more ahead
 * of the progress the report states (not-started = 0, else its attainment, else a stated %);
 * green otherwise (stated on schedule, or nothing says it lags). `reason` says which rule fired.
 *
 * @category Metrics
 * @param docs - parsed documents
 * @param options - `asOf`, the date to judge by
 * @returns overdue and due-soon refs, the open count, and one light per task with a deadline
 * @throws RangeError when `asOf` is not a calendar date
 *
 * @example
 * ```ts
 * import { deadlineRisk } from "@minsheng/metrics";
 * import { buildDocument, buildTask } from "@minsheng/test-utils";
 * const doc = buildDocument({ tasks: [buildTask({ seq: 2, deadline: "2024-08-31" }), buildTask({ seq: 3, deadline: "2024-10-01" })] });
 * const risk = deadlineRisk([doc], { asOf: "2024-09-15" });
 * [risk.overdue.map((r) => r.seq), risk.dueSoon.map((r) => r.seq), risk.open]; //=> [[2], [3], 2]
 * ```
 */
export function deadlineRisk(docs: readonly Document[], options: DeadlineRiskOptions): Deadlines {
  return deadlineRiskOf(indexCorpus(docs), options.asOf);
}

/** {@link deadlineRisk} over an index built once. */
export function deadlineRiskOf(index: CorpusIndex, asOf: string): Deadlines {
  const today = requireIsoDate(asOf);
  const isDone = doneIndex(index);
  const overdue: TaskRef[] = [];
  const dueSoon: TaskRef[] = [];
  const lights: Light[] = [];
  let open = 0;
  let done = 0;
  for (const e of index.entries) {
    const deadline = e.task.deadline;
    if (!deadline) continue;
    const due = dayNumber(deadline.date);
    if (due === null) continue;
    // Every light names the task and its deadline; the branches below say which light and why.
    const push = (
      light: Light["light"],
      rule: Light["rule"],
      reason: string,
      doneBy: TaskRef | null = null,
    ) => lights.push({ ref: e.ref, deadline: deadline.date, light, rule, doneBy, reason });
    const d = isDone(e);
    if (d.done) {
      done++;
      const statusText = e.task.progress?.statusText;
      push(
        "green",
        "done",
        d.by
          ? `done: a later report (${where(d.by)}) states it completed`
          : `done: the report states it completed${statusText ? ` (${statusText})` : ""}`,
        d.by,
      );
      continue;
    }
    open++;
    const left = due - today;
    if (left < 0) {
      overdue.push(e.ref);
      push(
        "red",
        "overdue",
        `overdue: the deadline ${deadline.date} (${deadline.text}) passed ${days(-left)} before ${asOf} and no report states it completed`,
      );
      continue;
    }
    const soon = left <= DUE_SOON_DAYS;
    if (soon) dueSoon.push(e.ref);
    const pace = e.task.progress?.pace ?? null;
    if (pace === "behind") {
      push("red", "behind", `behind: the report states it is behind pace; due ${deadline.date}`);
      continue;
    }
    if (soon) {
      push(
        "yellow",
        "due-soon",
        `due soon: due ${deadline.date}, ${days(left)} after ${asOf}, and no report states it completed`,
      );
      continue;
    }
    if (pace === "ahead" || pace === "on-schedule") {
      push(
        "green",
        "on-schedule",
        `on schedule: the report states it is ${pace === "ahead" ? "ahead of" : "on"} schedule; due ${deadline.date}, ${days(left)} after ${asOf}`,
      );
      continue;
    }
    const elapsed = elapsedShare(e, due, today);
    const stated = statedShare(e);
    if (elapsed !== null && stated !== null && elapsed - stated >= LAG_MARGIN) {
      push(
        "yellow",
        "lagging",
        `lagging: ${pct(elapsed)} of the time from ${e.yearStart ?? `${deadline.date.slice(0, 4)}-01-01`} to the deadline ${deadline.date} has passed, but the report states ${pct(stated)} done`,
      );
      continue;
    }
    push(
      "green",
      "on-schedule",
      `on schedule: due ${deadline.date}, ${days(left)} after ${asOf}; ` +
        (elapsed !== null && stated !== null
          ? `stated progress ${pct(stated)} keeps up with the ${pct(elapsed)} of time elapsed`
          : "nothing stated suggests it lags"),
    );
  }
  return { overdue, dueSoon, open, done, withDeadline: done + open, lights };
}

/** Share of the time from 1 January of the task's year to its deadline that has passed by asOf. */
function elapsedShare(e: TaskEntry, due: number, today: number): number | null {
  const start = dayNumber(e.yearStart ?? `${e.task.deadline?.date.slice(0, 4) ?? ""}-01-01`);
  if (start === null || due <= start) return null;
  return Math.min(1, Math.max(0, (today - start) / (due - start)));
}

/** The share of the work the report states as done: 0 when not started, else attainment, else a stated %. */
function statedShare(e: TaskEntry): number | null {
  const p = e.task.progress;
  if (!p) return null;
  if (p.status === "not-started") return 0;
  const pairs = pairTask(e.task);
  if (pairs.length > 0) return pairs.reduce((n, x) => Math.min(n, x.ratio), 1);
  if (e.task.targets.some((t) => t.unit === "%")) return null;
  let best: number | null = null;
  for (const a of p.actuals)
    if (a.unit === "%" && a.value >= 0 && a.value <= 100) best = Math.max(best ?? 0, a.value / 100);
  return best;
}
