import {
  CITY_ITEM_CATALOGS,
  type CityItemCatalog,
  type CityItemRef,
  type Diagnostic,
  type Document,
} from "@minsheng/core";
import { textKey } from "./cityItemKey";
import {
  bigramProfile,
  normalizeItemText,
  profileSimilarity,
  similarityBound,
  textSimilarity,
  type BigramProfile,
} from "./textSimilarity";

/** Options of {@link resolveCorpus}. */
export interface ResolveOptions {
  /**
   * City-item catalogs (default: those shipped in `@minsheng/core`); when one covers a citation's
   * programme and year, keys are canonical (`bj:livelihood:2024:11`).
   */
  readonly catalogs?: readonly CityItemCatalog[];
  /** Lowest similarity at which two quoted texts are one item (default 0.6). */
  readonly threshold?: number;
}

interface Citation {
  readonly doc: number;
  readonly ref: CityItemRef;
  readonly norm: string;
  readonly line: number;
}

/**
 * Resolves city items across every document given together. Two districts number one city item
 * differently (东城's 市实事第11项 is 大兴's 市民生实事第10项), so identity comes from the quoted
 * text, normalised and compared with a similarity that tolerates the districts' edits; the number
 * is kept as cited. Citations of one programme and year whose texts are alike share one key — the
 * key of the cluster's smallest normalised text, so keys do not depend on the order of the
 * documents. With a catalog for the year, keys are canonical and the similarity is kept.
 * Conflicts (one number citing two texts, or one text under two numbers, within a district)
 * become diagnostics of the documents concerned.
 *
 * @param docs - parsed documents (they are copied, not changed)
 * @param options - catalogs and threshold
 * @returns the documents with `cityItem.key` (and `similarity`) resolved
 *
 * @example
 * ```ts
 * import { parseText, resolveCorpus } from "@minsheng/parsers";
 * const a = parseText("东城区2024年进展情况表\n序号\t项目内容\t主责单位\t进展情况\n1\t市实事第 11 项：新建 50 个温馨家园。\t区残联\t选址\n", { path: "a.txt" });
 * const b = parseText("大兴区2024年度进展情况\n序号\t任务来源\t任务内容\t主责单位\n1\t市民生实事第4项\t新建50个温馨家园。\t区残联\n", { path: "b.txt" });
 * const [x, y] = resolveCorpus([a, b]);
 * x?.sections[0]?.tasks[0]?.cityItem?.key === y?.sections[0]?.tasks[0]?.cityItem?.key; //=> true
 * ```
 */
export function resolveCorpus(docs: readonly Document[], options: ResolveOptions = {}): Document[] {
  const threshold = options.threshold ?? 0.6;
  const out: Document[] = copyForKeys(docs);
  const groups = new Map<string, Citation[]>(); // programme:year → citations
  out.forEach((d, i) => {
    for (const s of d.sections)
      for (const t of s.tasks) {
        const ref = t.cityItem;
        if (!ref) continue;
        const g = `${ref.programme}:${ref.year}`;
        if (!groups.has(g)) groups.set(g, []);
        groups.get(g)?.push({ doc: i, ref, norm: normalizeItemText(ref.text ?? ""), line: t.span.startLine });
      }
  });
  const catalogs = options.catalogs ?? CITY_ITEM_CATALOGS;
  for (const [g, cites] of groups) {
    const entries = catalogs.filter((c) => `${c.programme}:${c.year}` === g).flatMap((c) => c.items);
    const unmatched = entries.length ? matchCatalog(cites, entries, threshold, out) : cites;
    clusterByText(unmatched, threshold);
  }
  reportConflicts(out, groups);
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

// The documents are not changed: what the resolver writes (city-item refs, diagnostics) is copied;
// everything else is shared, so resolving a corpus of 100 MB does not hold it twice.
function copyForKeys(docs: readonly Document[]): Document[] {
  return docs.map((d) => ({
    ...d,
    diagnostics: [...d.diagnostics],
    sections: d.sections.map((s) => ({
      ...s,
      tasks: s.tasks.map((t) => (t.cityItem ? { ...t, cityItem: { ...t.cityItem } } : t)),
    })),
  }));
}

/** Gives catalog keys to the citations that match an entry; returns those that match none. */
function matchCatalog(
  cites: readonly Citation[],
  entries: readonly CityItemCatalog["items"][number][],
  threshold: number,
  out: Document[],
): Citation[] {
  const normed = entries.map((e) => ({ e, norm: normalizeItemText(e.text) }));
  const rest: Citation[] = [];
  for (const c of cites) {
    let best: { number: number; sim: number } | null = null;
    for (const { e, norm } of normed) {
      const sim = c.norm ? textSimilarity(c.norm, norm) : e.number === c.ref.number ? 1 : 0;
      if (!best || sim > best.sim) best = { number: e.number, sim };
    }
    if (best && best.sim >= threshold) {
      c.ref.key = `bj:${c.ref.programme}:${c.ref.year}:${best.number}`;
      c.ref.similarity = round(best.sim);
      continue;
    }
    rest.push(c);
    note(out[c.doc], {
      code: "city_item_unmatched",
      severity: "warning",
      message: `City item ${c.ref.number} (“${(c.ref.text ?? "").slice(0, 20)}…”) matches no catalog entry of ${c.ref.year}.`,
      line: c.line,
    });
  }
  return rest;
}

/**
 * Clusters citations by their text (single link over pairs above the threshold, never two
 * citations of one document: there they are two items) and gives each cluster the key of its
 * smallest normalised text, so keys do not depend on the order of the documents.
 */
function clusterByText(cites: readonly Citation[], threshold: number): void {
  const parent = cites.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const byNorm = new Map<string, number>();
  cites.forEach((c, i) => {
    const same = c.norm ? byNorm.get(c.norm) : undefined;
    if (same !== undefined) parent[find(i)] = find(same);
    else if (c.norm) byNorm.set(c.norm, i);
  });
  // Each distinct text is profiled once; pairs whose lengths alone rule the threshold out are skipped.
  const reps = [...byNorm.values()];
  const profiles = reps.map((i) => bigramProfile((cites[i] as Citation).norm));
  // Texts of one document are never joined, and the citations come document by document: the
  // pairs start after the run of texts of a's own document, so a report of 8,000 distinct texts
  // is not 32 million pairs to skip one by one.
  const runEnd = new Int32Array(reps.length);
  for (let i = reps.length - 1; i >= 0; i--) {
    const sameNext =
      i + 1 < reps.length &&
      (cites[reps[i + 1] as number] as Citation).doc === (cites[reps[i] as number] as Citation).doc;
    runEnd[i] = sameNext ? (runEnd[i + 1] as number) : i + 1;
  }
  for (let a = 0; a < reps.length; a++)
    for (let b = runEnd[a] as number; b < reps.length; b++) {
      const x = cites[reps[a] as number] as Citation;
      const y = cites[reps[b] as number] as Citation;
      if (x.doc === y.doc || similarityBound(x.norm, y.norm) < threshold) continue;
      if (profileSimilarity(profiles[a] as BigramProfile, profiles[b] as BigramProfile) >= threshold)
        parent[find(reps[a] as number)] = find(reps[b] as number);
    }
  const clusters = new Map<number, Citation[]>();
  cites.forEach((c, i) => {
    const r = find(i);
    if (!clusters.has(r)) clusters.set(r, []);
    clusters.get(r)?.push(c);
  });
  for (const members of clusters.values()) {
    const texts = members
      .map((m) => m.norm)
      .filter(Boolean)
      .sort();
    const repr = members.find((m) => m.norm === texts[0]) ?? (members[0] as Citation);
    const key = textKey(repr.ref);
    for (const m of members) {
      m.ref.key = key;
      m.ref.similarity = m.norm && repr.norm ? round(textSimilarity(m.norm, repr.norm)) : null;
    }
  }
}

// What each document was already told, so a diagnostic is added once: a set per document, not a
// scan of its diagnostics per note (a large corpus has thousands of citations).
const told = new WeakMap<Document, Set<string>>();

function note(doc: Document | undefined, d: Diagnostic): void {
  if (!doc) return;
  let seen = told.get(doc);
  if (!seen) {
    seen = new Set(doc.diagnostics.map((x) => `${x.code}|${x.line}|${x.message}`));
    told.set(doc, seen);
  }
  const key = `${d.code}|${d.line}|${d.message}`;
  if (seen.has(key)) return;
  seen.add(key);
  doc.diagnostics.push(d);
}

// One number citing two items, or one item cited under two numbers, inside one district.
function reportConflicts(out: Document[], groups: ReadonlyMap<string, readonly Citation[]>): void {
  for (const cites of groups.values()) {
    const byDistrictNumber = new Map<string, Set<string>>();
    const byDistrictKey = new Map<string, Set<number>>();
    for (const c of cites) {
      const district = out[c.doc]?.issuer?.code ?? "";
      const dn = `${district}|${c.ref.number}`;
      const dk = `${district}|${c.ref.key}`;
      if (!byDistrictNumber.has(dn)) byDistrictNumber.set(dn, new Set());
      byDistrictNumber.get(dn)?.add(c.ref.key);
      if (!byDistrictKey.has(dk)) byDistrictKey.set(dk, new Set());
      byDistrictKey.get(dk)?.add(c.ref.number);
    }
    for (const c of cites) {
      const district = out[c.doc]?.issuer?.code ?? "";
      const keys = byDistrictNumber.get(`${district}|${c.ref.number}`);
      if (keys && keys.size > 1)
        note(out[c.doc], {
          code: "city_item_conflict",
          severity: "warning",
          message: `City item number ${c.ref.number} is cited with ${keys.size} different texts in this district.`,
          line: c.line,
        });
      const nums = byDistrictKey.get(`${district}|${c.ref.key}`);
      if (nums && nums.size > 1)
        note(out[c.doc], {
          code: "city_item_conflict",
          severity: "warning",
          message: `One city item is cited under the numbers ${[...nums].sort((a, b) => a - b).join(" and ")} in this district.`,
          line: c.line,
        });
    }
  }
}
