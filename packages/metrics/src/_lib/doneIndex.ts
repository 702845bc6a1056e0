// Done = the task's own status is completed, or a later report of the same district states
// completed for the same task. Built once: per group, the latest report that states completed;
// then each lookup is O(1) (no scan of later reports).
import type { TaskRef } from "@minsheng/core";
import type { CorpusIndex, TaskEntry } from "./corpusIndex";
import { taskGroups } from "./taskGroups";

/** Why a task is done: its own status (`by: null`), or a later report (`by` points at it). */
export type Done = { readonly done: false } | { readonly done: true; readonly by: TaskRef | null };

/** Answers "is this task done?" in O(1). */
export type IsDone = (entry: TaskEntry) => Done;

const NOT_DONE: Done = { done: false };
const OWN: Done = { done: true, by: null };
const cache = new WeakMap<CorpusIndex, IsDone>();

/** Builds the done lookup over the corpus once (cached per index). */
export function doneIndex(index: CorpusIndex): IsDone {
  const hit = cache.get(index);
  if (hit) return hit;
  const groups = taskGroups(index);
  // group representative → the latest dated entry stating completed
  const latest = new Map<number, TaskEntry>();
  for (const e of index.entries) {
    if (e.task.progress?.status !== "completed" || e.date === null) continue;
    const g = groups[e.index] as number;
    const cur = latest.get(g);
    if (!cur || (cur.date as string) < e.date) latest.set(g, e);
  }
  const isDone: IsDone = (e) => {
    if (e.task.progress?.status === "completed") return OWN;
    const later = latest.get(groups[e.index] as number);
    if (later && later.index !== e.index && (e.date === null || (later.date as string) > e.date))
      return { done: true, by: later.ref };
    return NOT_DONE;
  };
  cache.set(index, isDone);
  return isDone;
}
