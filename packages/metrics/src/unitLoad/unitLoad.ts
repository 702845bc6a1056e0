import type { Document, UnitLoad } from "@minsheng/core";
import { indexCorpus, type CorpusIndex } from "../_lib/corpusIndex";
import { isCollective } from "../_lib/isCollective";
import { unitDistrict } from "../_lib/unitDistrict";

// 区城市管理委（区城市管理指挥中心）: a body, then a sub-office in brackets.
const SUB_OFFICE = /^([^（(]+)[（(][^（()）]+[）)]$/u;
const SPACE = /\s+/gu;
const key = (scope: string, name: string) => `${scope}\u0000${name.normalize("NFKC").replace(SPACE, "")}`;

interface Acc {
  load: UnitLoad;
  names: Set<string>;
  scope: string;
  leadEntries: number[];
  lastTask: number;
  lastLead: number;
  lastAssist: number;
}

/**
 * The load each body carries: one row per `units[].id`, in order of first mention, with the
 * names it is written as, the tasks it leads and assists (each task counted once per role), and
 * the refs of those tasks. Collectives (各街道办事处) are kept, with `collective: true`. A sub-office
 * written `区城市管理委（区城市管理指挥中心）` points at its body with `parent`, and the body's
 * `leadWithSubUnits` counts the distinct tasks led by it or its sub-offices.
 *
 * @category Metrics
 * @param docs - parsed documents
 * @returns one {@link UnitLoad} per body
 *
 * @example
 * ```ts
 * import { unitLoad } from "@minsheng/metrics";
 * import { buildDocument, buildTask } from "@minsheng/test-utils";
 * const doc = buildDocument({ issuer: "通州区", tasks: [
 *   buildTask({ seq: 1, district: "110112", lead: ["区卫生健康委"], assist: ["各街道办事处"] }),
 *   buildTask({ seq: 2, district: "110112", lead: ["区卫生健康委"] }),
 * ] });
 * unitLoad([doc]).map((u) => [u.id, u.lead, u.assist, u.collective]);
 * //=> [["110112:区卫生健康委", 2, 0, false], ["110112:各街道办事处:collective", 0, 1, true]]
 * ```
 */
export function unitLoad(docs: readonly Document[]): UnitLoad[] {
  return unitLoadOf(indexCorpus(docs));
}

/** {@link unitLoad} over an index built once. */
export function unitLoadOf(index: CorpusIndex): UnitLoad[] {
  const byId = new Map<string, Acc>();
  const idByName = new Map<string, string>();
  for (const e of index.entries) {
    for (const u of e.task.units) {
      let acc = byId.get(u.id);
      if (!acc) {
        const district = unitDistrict(u.id) ?? e.districtName;
        acc = {
          load: {
            id: u.id,
            district,
            kind: u.kind,
            collective: isCollective(u),
            parent: null,
            names: [],
            lead: 0,
            assist: 0,
            leadWithSubUnits: 0,
            tasks: [],
          },
          names: new Set(),
          scope: district ?? e.district ?? "",
          leadEntries: [],
          lastTask: -1,
          lastLead: -1,
          lastAssist: -1,
        };
        byId.set(u.id, acc);
      }
      if (!acc.names.has(u.name)) {
        acc.names.add(u.name);
        const k = key(acc.scope, u.name);
        if (!idByName.has(k)) idByName.set(k, u.id);
      }
      if (acc.lastTask !== e.index) {
        acc.lastTask = e.index;
        acc.load.tasks.push(e.ref);
      }
      if (u.role === "lead" && acc.lastLead !== e.index) {
        acc.lastLead = e.index;
        acc.load.lead++;
        acc.leadEntries.push(e.index);
      } else if (u.role === "assist" && acc.lastAssist !== e.index) {
        acc.lastAssist = e.index;
        acc.load.assist++;
      }
    }
  }
  // sub-offices: resolve the bracketed name's body among the names seen in the same district
  const children = new Map<string, Acc[]>();
  for (const acc of byId.values()) {
    acc.load.names = [...acc.names];
    for (const name of acc.names) {
      const m = SUB_OFFICE.exec(name.normalize("NFKC").replace(SPACE, ""));
      const parentId = m?.[1] ? idByName.get(key(acc.scope, m[1])) : undefined;
      if (parentId !== undefined && parentId !== acc.load.id) {
        acc.load.parent = parentId;
        const list = children.get(parentId) ?? [];
        list.push(acc);
        children.set(parentId, list);
        break;
      }
    }
  }
  const out: UnitLoad[] = [];
  for (const acc of byId.values()) {
    const subs = children.get(acc.load.id);
    if (subs) {
      const led = new Set(acc.leadEntries);
      for (const s of subs) for (const i of s.leadEntries) led.add(i);
      acc.load.leadWithSubUnits = led.size;
    } else acc.load.leadWithSubUnits = acc.load.lead;
    out.push(acc.load);
  }
  return out;
}
