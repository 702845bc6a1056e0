import type { Collaboration, Document } from "@minsheng/core";
import { indexCorpus, type CorpusIndex } from "../_lib/corpusIndex";
import { isCollective } from "../_lib/isCollective";

/**
 * Which bodies work together: one row per (lead, assist) pair of unit ids named on the same
 * task, with the number of tasks and their refs, most frequent first. Collectives (各相关单位)
 * are left out: "every relevant body" names no partner.
 *
 * @category Metrics
 * @param docs - parsed documents
 * @returns the pairs, by task count (descending), then in order of first appearance
 *
 * @example
 * ```ts
 * import { collaboration } from "@minsheng/metrics";
 * import { buildDocument, buildTask } from "@minsheng/test-utils";
 * const doc = buildDocument({ tasks: [buildTask({ seq: 1, lead: ["区教委"], assist: ["区卫健委", "各相关单位"] })] });
 * collaboration([doc]).map((c) => [c.lead, c.assist, c.tasks]); //=> [["110101:区教委", "110101:区卫健委", 1]]
 * ```
 */
export function collaboration(docs: readonly Document[]): Collaboration[] {
  return collaborationOf(indexCorpus(docs));
}

/** {@link collaboration} over an index built once. */
export function collaborationOf(index: CorpusIndex): Collaboration[] {
  type Acc = Collaboration & { last: number; order: number };
  const pairs = new Map<string, Map<string, Acc>>();
  let order = 0;
  const leads: string[] = [];
  const assists: string[] = [];
  for (const e of index.entries) {
    leads.length = 0;
    assists.length = 0;
    for (const u of e.task.units) {
      if (isCollective(u)) continue;
      const list = u.role === "lead" ? leads : assists;
      if (!list.includes(u.id)) list.push(u.id);
    }
    // bounded by the units of one task, not by the corpus
    for (const lead of leads) {
      for (const assist of assists) {
        if (lead === assist) continue;
        let byAssist = pairs.get(lead);
        if (!byAssist) {
          byAssist = new Map();
          pairs.set(lead, byAssist);
        }
        let p = byAssist.get(assist);
        if (!p) {
          p = { lead, assist, tasks: 0, refs: [], last: -1, order: order++ };
          byAssist.set(assist, p);
        }
        if (p.last === e.index) continue;
        p.last = e.index;
        p.tasks++;
        p.refs.push(e.ref);
      }
    }
  }
  const all: Acc[] = [];
  for (const byAssist of pairs.values()) for (const p of byAssist.values()) all.push(p);
  all.sort((a, b) => b.tasks - a.tasks || a.order - b.order);
  return all.map(({ lead, assist, tasks, refs }) => ({ lead, assist, tasks, refs }));
}
