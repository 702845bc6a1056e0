// A TypeScript port of the steering repository's check-gold.mjs, so the project's own tests score
// the parser against its copy of the gold without ../shared. Keep it in step with that script.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Document, Quantity, Task } from "@minsheng/core";

type Pair = [number, string];
interface GoldEntry {
  seq: number;
  ref: { programme: string; number: number } | null;
  lead: string[];
  assist: string[];
  deadline: string | null;
  status: string | null;
  leaders: string[];
  category: string | null;
  targets: Pair[];
  actuals: Pair[];
}
interface GoldDoc {
  kind: string;
  district: string;
  year: number;
  period: string | null;
  docNumber?: string;
  issued?: string;
  entries: GoldEntry[];
}
/** The gold file's shape. */
export interface Gold {
  docs: Record<string, GoldDoc>;
  unitClusters: string[][];
  unscoredUnits?: string[];
  sameCityItem: [string, number, string, number][];
  differentCityItem?: [string, number, string, number][];
  notInOther?: Record<string, number[]>;
  notTargets?: Record<string, [number, number, string][]>;
  notActuals?: Record<string, [number, number, string][]>;
}
/** Right and total per field, the mismatches, and whether the script would exit 0. */
export interface GoldScore {
  tally: Record<string, [number, number]>;
  misses: string[];
  structuralOk: boolean;
  quantityOk: boolean;
}

/** Reads the gold fixture. */
export function loadGold(): Gold {
  return JSON.parse(readFileSync(new URL("../fixtures/seeds.gold.json", import.meta.url), "utf8")) as Gold;
}

const nfkc = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/\s+/g, "");

/** Scores parsed documents against the gold exactly as check-gold.mjs does. */
export function scoreGold(docs: readonly Document[], gold: Gold = loadGold()): GoldScore {
  const byFile = new Map(docs.map((d) => [basename(d.source.path), d]));
  const tally: Record<string, [number, number]> = {};
  const misses: string[] = [];
  const score = (field: string, ok: boolean, where: string, want: unknown, got: unknown) => {
    const t = (tally[field] ??= [0, 0]);
    t[1]++;
    if (ok) t[0]++;
    else misses.push(`${field} @ ${where}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  };
  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const names = (t: Task, role: string) =>
    t.units
      .filter((u) => u.role === role)
      .map((u) => nfkc(u.name))
      .sort();
  const hasQuantity = (list: readonly Quantity[], [value, unit]: Pair, used = new Set<number>()) => {
    const i = list.findIndex((q, k) => {
      if (used.has(k)) return false;
      if (!(Math.abs(q.value - value) <= 1e-6 * Math.max(1, Math.abs(value)))) return false;
      if (!unit) return true;
      const u = nfkc(q.unit);
      return u === unit || u.endsWith(unit) || nfkc(q.text).includes(unit);
    });
    if (i >= 0) used.add(i);
    return i >= 0;
  };
  const taskIndex = new Map<string, Task>();
  for (const [key, g] of Object.entries(gold.docs)) {
    const doc = byFile.get(key.split("#")[0] ?? "");
    score("document found", !!doc, key, "present", doc ? "present" : "missing");
    if (!doc) continue;
    const match = doc.sections.filter((s) => s.kind === g.kind);
    const section = match.length === 1 ? match[0] : doc.sections.length === 1 ? doc.sections[0] : match[0];
    score(
      "section found",
      !!section,
      key,
      g.kind,
      doc.sections.map((s) => s.kind),
    );
    if (!section) continue;
    score("section kind", section.kind === g.kind, key, g.kind, section.kind);
    score("issuer", nfkc(doc.issuer?.name) === g.district, key, g.district, doc.issuer?.name);
    if (g.period)
      score(
        "period",
        section.period?.span === g.period && section.period?.year === g.year,
        key,
        `${g.year} ${g.period}`,
        section.period,
      );
    if (g.docNumber)
      score("doc number", nfkc(doc.docNumber) === nfkc(g.docNumber), key, g.docNumber, doc.docNumber);
    if (g.issued) score("issued", doc.issued === g.issued, key, g.issued, doc.issued);
    score(
      "task count",
      section.tasks.length === g.entries.length,
      key,
      g.entries.length,
      section.tasks.length,
    );
    for (const ge of g.entries) {
      const where = `${key} #${ge.seq}`;
      const t = section.tasks.find((x) => x.seq === ge.seq);
      score("task found", !!t, where, ge.seq, null);
      if (!t) continue;
      if (!key.includes("#")) taskIndex.set(`${key}#${ge.seq}`, t);
      if (ge.ref) {
        const c = t.cityItem;
        score(
          "city item ref",
          c?.programme === ge.ref.programme && c?.number === ge.ref.number,
          where,
          ge.ref,
          c,
        );
      } else score("no city item ref", !t.cityItem, where, null, t.cityItem);
      score(
        "lead units",
        sameSet(names(t, "lead"), ge.lead.map(nfkc).sort()),
        where,
        ge.lead,
        names(t, "lead"),
      );
      score(
        "assist units",
        sameSet(names(t, "assist"), ge.assist.map(nfkc).sort()),
        where,
        ge.assist,
        names(t, "assist"),
      );
      if (ge.leaders.length || t.leaders.length)
        score(
          "leaders",
          sameSet(t.leaders.map(nfkc).sort(), ge.leaders.map(nfkc).sort()),
          where,
          ge.leaders,
          t.leaders,
        );
      score(
        "deadline",
        (t.deadline?.date ?? null) === ge.deadline,
        where,
        ge.deadline,
        t.deadline?.date ?? null,
      );
      score(
        "stated status",
        (t.progress?.status ?? null) === ge.status,
        where,
        ge.status,
        t.progress?.status ?? null,
      );
      if (ge.category)
        score("category", nfkc(t.category) === nfkc(ge.category), where, ge.category, t.category);
      const usedT = new Set<number>();
      const usedA = new Set<number>();
      const actuals = t.progress?.actuals ?? [];
      for (const q of ge.targets)
        score(
          "target recall",
          hasQuantity(t.targets, q, usedT),
          where,
          q,
          t.targets.map((x) => [x.value, x.unit]),
        );
      for (const q of ge.actuals)
        score(
          "actual recall",
          hasQuantity(actuals, q, usedA),
          where,
          q,
          actuals.map((x) => [x.value, x.unit]),
        );
      for (const [seq, value, unit] of gold.notTargets?.[key] ?? [])
        if (seq === ge.seq)
          score(
            "no false target",
            !hasQuantity(t.targets, [value, unit]),
            where,
            `not ${value}${unit}`,
            t.targets.map((x) => [x.value, x.unit]),
          );
      for (const [seq, value, unit] of gold.notActuals?.[key] ?? [])
        if (seq === ge.seq)
          score(
            "no false actual",
            !hasQuantity(actuals, [value, unit]),
            where,
            `not ${value}${unit}`,
            actuals.map((x) => [x.value, x.unit]),
          );
    }
  }
  const unitIds = new Map<string, Set<string | null>>();
  for (const d of docs)
    for (const s of d.sections)
      for (const t of s.tasks)
        for (const u of t.units) {
          const k = `${nfkc(d.issuer?.name)}|${nfkc(u.name)}`;
          if (!unitIds.has(k)) unitIds.set(k, new Set());
          unitIds.get(k)?.add(u.id ?? null);
        }
  for (const [district, ...spellings] of gold.unitClusters) {
    const ids = spellings.flatMap((s) => [...(unitIds.get(`${district}|${nfkc(s)}`) ?? [])]);
    const distinct = new Set(ids);
    score(
      "unit alias resolved",
      ids.length >= 2 && distinct.size === 1 && !distinct.has(null),
      `${district} ${spellings.join("/")}`,
      "one id",
      [...distinct],
    );
  }
  const clusterOf = new Map(
    gold.unitClusters.flatMap(([d, ...ss]) => ss.map((s) => [`${d}|${nfkc(s)}`, ss[0]])),
  );
  const idOwners = new Map<string, Set<string>>();
  const unscored = new Set((gold.unscoredUnits ?? []).map(nfkc));
  for (const [k, ids] of unitIds)
    for (const id of ids) {
      const [district = "", spelling = ""] = k.split("|");
      if (id == null || unscored.has(spelling)) continue;
      const body = clusterOf.get(k) ?? spelling;
      if (!idOwners.has(id)) idOwners.set(id, new Set());
      idOwners.get(id)?.add(`${district}|${body}`);
    }
  for (const [id, owners] of idOwners)
    score("unit id not shared", owners.size === 1, id, "one body", [...owners]);
  const keyOf = (file: string, seq: number) => taskIndex.get(`${file}#${seq}`)?.cityItem?.key ?? null;
  for (const [fa, sa, fb, sb] of gold.sameCityItem) {
    const a = keyOf(fa, sa);
    const b = keyOf(fb, sb);
    score(
      "city item resolved across districts",
      a != null && a === b,
      `${fa}#${sa} = ${fb}#${sb}`,
      "same key",
      [a, b],
    );
  }
  for (const [fa, sa, fb, sb] of gold.differentCityItem ?? []) {
    const a = keyOf(fa, sa);
    const b = keyOf(fb, sb);
    score(
      "city item kept apart",
      a != null && b != null && a !== b,
      `${fa}#${sa} != ${fb}#${sb}`,
      "different keys",
      [a, b],
    );
  }
  for (const [file, seqs] of Object.entries(gold.notInOther ?? {}))
    for (const s of seqs) {
      const k = keyOf(file, s);
      const clash = [...taskIndex].filter(
        ([id, t]) => !id.startsWith(file) && k != null && t.cityItem?.key === k,
      );
      score(
        "city item kept apart",
        k != null && clash.length === 0,
        `${file}#${s}`,
        "unique key",
        clash.map(([id]) => id),
      );
    }
  let structuralOk = true;
  let quantityOk = true;
  for (const [field, [r, n]] of Object.entries(tally)) {
    if (field.endsWith("recall")) quantityOk &&= (100 * r) / n >= 95;
    else structuralOk &&= r === n;
  }
  return { tally, misses, structuralOk, quantityOk };
}
