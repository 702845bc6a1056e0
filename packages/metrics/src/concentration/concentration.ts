import type { Document, Metrics, TaskRef } from "@minsheng/core";
import { indexCorpus, type CorpusIndex } from "../_lib/corpusIndex";
import { isCollective } from "../_lib/isCollective";
import { unitDistrict } from "../_lib/unitDistrict";

/** Lead concentration in one district (the `concentration` rows of {@link Metrics}). */
export type Concentration = Metrics["concentration"][number];

const TOP = 5;

interface Acc {
  district: string | null;
  lead: Map<string, number>;
  leadRoles: number;
  collectivesLeftOut: number;
  refs: TaskRef[];
  lastEntry: number;
}

/**
 * How concentrated the lead role is among each district's bodies: the Herfindahl index of lead
 * shares (1 = one body leads everything), and the five bodies leading most. Collectives
 * (各街道办事处, ids ending `:collective`) are left out and counted in `collectivesLeftOut`. Rows in
 * order of first appearance of the district; `hhi` is null when no body leads anything.
 *
 * @category Metrics
 * @param docs - parsed documents
 * @returns one {@link Concentration} per district
 *
 * @example
 * ```ts
 * import { concentration } from "@minsheng/metrics";
 * import { buildDocument, buildTask } from "@minsheng/test-utils";
 * const doc = buildDocument({ tasks: [
 *   buildTask({ seq: 1, lead: ["区教委", "各街道办事处"] }),
 *   buildTask({ seq: 2, lead: ["区教委"] }),
 *   buildTask({ seq: 3, lead: ["区民政局"] }),
 * ] });
 * const [row] = concentration([doc]);
 * [row?.leadRoles, row?.collectivesLeftOut, row?.top[0]?.share]; //=> [3, 1, 0.6666666666666666]
 * ```
 */
export function concentration(docs: readonly Document[]): Concentration[] {
  return concentrationOf(indexCorpus(docs));
}

/** {@link concentration} over an index built once. */
export function concentrationOf(index: CorpusIndex): Concentration[] {
  const byDistrict = new Map<string, Acc>();
  for (const e of index.entries) {
    for (const u of e.task.units) {
      if (u.role !== "lead") continue;
      const district = unitDistrict(u.id) ?? e.districtName;
      const k = district ?? "";
      let acc = byDistrict.get(k);
      if (!acc) {
        acc = { district, lead: new Map(), leadRoles: 0, collectivesLeftOut: 0, refs: [], lastEntry: -1 };
        byDistrict.set(k, acc);
      }
      if (isCollective(u)) {
        acc.collectivesLeftOut++;
        continue;
      }
      acc.lead.set(u.id, (acc.lead.get(u.id) ?? 0) + 1);
      acc.leadRoles++;
      if (acc.lastEntry !== e.index) {
        acc.lastEntry = e.index;
        acc.refs.push(e.ref);
      }
    }
  }
  const out: Concentration[] = [];
  for (const acc of byDistrict.values()) {
    let hhi = 0;
    const ranked: { id: string; lead: number; share: number }[] = [];
    for (const [id, lead] of acc.lead) {
      const share = lead / acc.leadRoles;
      hhi += share * share;
      ranked.push({ id, lead, share });
    }
    ranked.sort((a, b) => b.lead - a.lead || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    out.push({
      district: acc.district,
      bodies: acc.lead.size,
      leadRoles: acc.leadRoles,
      collectivesLeftOut: acc.collectivesLeftOut,
      hhi: acc.leadRoles === 0 ? null : Math.min(1, hhi),
      top: ranked.slice(0, TOP),
      refs: acc.refs,
    });
  }
  return out;
}
