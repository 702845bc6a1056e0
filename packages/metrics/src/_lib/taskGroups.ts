// "The same task" across reports of one district: same cityItem.key, or the same normalized
// text. Tasks are joined with a union-find over those two identities (a Map per identity, so one
// pass, near-linear), which also links a plan's text to a report that adds the city item key.
import type { CorpusIndex } from "./corpusIndex";
import { normalizeText } from "./normalizeText";

const cache = new WeakMap<CorpusIndex, Int32Array>();

/** For each entry, the index of the first entry of its group (its representative). Cached per index. */
export function taskGroups(index: CorpusIndex): Int32Array {
  const hit = cache.get(index);
  if (hit) return hit;
  const n = index.entries.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // keep the earlier entry as representative so groups are stable under input order
    if (ra < rb) parent[rb] = ra;
    else parent[ra] = rb;
  };
  // scope → identity → first entry; nested maps, so no key string is built per task
  const seen = new Map<string, { keys: Map<string, number>; texts: Map<string, number> }>();
  const link = (ids: Map<string, number>, token: string, i: number) => {
    const j = ids.get(token);
    if (j === undefined) ids.set(token, i);
    else union(i, j);
  };
  for (const e of index.entries) {
    // without an issuer, "the same district" is only the same document
    const scope = e.district ?? `doc:${e.doc.source.path}`;
    let ids = seen.get(scope);
    if (!ids) {
      ids = { keys: new Map(), texts: new Map() };
      seen.set(scope, ids);
    }
    if (e.task.cityItem) link(ids.keys, e.task.cityItem.key, e.index);
    const text = normalizeText(e.task.text);
    if (text) link(ids.texts, text, e.index);
  }
  for (let i = 0; i < n; i++) parent[i] = find(i);
  cache.set(index, parent);
  return parent;
}
