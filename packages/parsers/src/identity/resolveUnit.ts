import {
  AMBIGUOUS_ALIASES,
  BODY_CATALOG,
  COLLECTIVE_PATTERN,
  REGIONS,
  type Region,
  type UnitKind,
} from "@minsheng/core";
import { hasWhiteSpace, isNfkcStable } from "./textSimilarity";

/** How a body's name was resolved: its id, kind, canonical name, and the rule that decided. */
export interface UnitResolution {
  /** The body's id: district code and canonical name (`110101:区卫生健康委员会`). */
  readonly id: string;
  /** What kind of body it is. */
  readonly kind: UnitKind;
  /** The body's canonical name. */
  readonly canonical: string;
  /** Why: `catalog`, `contraction`, `branch`, `street`, `collective`, `city`, `ambiguous` or `as-written`. */
  readonly rule: string;
  /** For an ambiguous short form, the readings it could have. */
  readonly readings?: readonly string[];
}

type Body = (typeof BODY_CATALOG)[number];

const DISTRICT_SHORTS = REGIONS.filter((r) => r.level === "district").map((r) => r.short);
// 市<body><district><sub-unit>分局|支队: the district names come from the region table.
const BRANCH = new RegExp(
  `^(?:北京)?市(.{1,16}?)(${DISTRICT_SHORTS.join("|")})(.{0,8}?)(分局|支队|大队|中队)$`,
);
const FULL = new Map(BODY_CATALOG.map((b) => [b.full, b]));
const ALIAS = new Map(BODY_CATALOG.flatMap((b) => b.aliases.map((a) => [a, b] as const)));
// The region table looked up by code and by short name; the first entry wins, as `find` would.
const SHORT_BY_CODE = firstWins(REGIONS.map((r) => [r.code, r.short] as const));
const CODE_BY_SHORT = firstWins(REGIONS.map((r) => [r.short, r.code] as const));
// Catalog names without 和 (文化和旅游局 → 文化旅游局), for the contraction rule.
const FULL_WITHOUT_HE = firstWins(BODY_CATALOG.map((b) => [b.full.replace(/和/g, ""), b] as const));
// The first characters of the district short names: most names start with none of them.
const DISTRICT_FIRST_CODES = new Set(DISTRICT_SHORTS.map((s) => s.charCodeAt(0)));

// City bodies' district branches get one canonical name whichever way a document writes them
// (区规分局 / 区规自分局 / 市规划自然资源委通州分局; 东城交通支队 / 区公安交通支队).
// Maps, not object lookups: a body may be written “constructor” or “toString”.
const BRANCH_NAMES: ReadonlyMap<string, (short: string) => string> = new Map(
  Object.entries({
    规划和自然资源委员会分局: (d: string) => `市规划和自然资源委员会${d}分局`,
    公安交通支队: (d: string) => `市公安局公安交通管理局${d}交通支队`,
    公安分局: (d: string) => `市公安局${d}分局`,
  }),
);
const AMBIGUOUS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(AMBIGUOUS_ALIASES));
const STREET = /(?:街道|街道办事处|地区办事处|镇|乡|镇人民政府|乡人民政府)$/;

function firstWins<K, V>(entries: readonly (readonly [K, V])[]): ReadonlyMap<K, V> {
  const m = new Map<K, V>();
  for (const [k, v] of entries) if (!m.has(k)) m.set(k, v);
  return m;
}

function lookup(core: string): Body | null {
  return FULL.get(core) ?? ALIAS.get(core) ?? null;
}

// General contractions for names the table lacks: 委 ↔ 委员会, dropping 和 (文化和旅游 → 文化旅游).
function contract(core: string): Body | null {
  const tries = [
    core.endsWith("委") ? `${core}员会` : null,
    core.replace(/和/g, ""),
    core.endsWith("委") ? `${core.replace(/和/g, "")}员会` : null,
  ];
  for (const t of tries) {
    if (!t || t === core) continue;
    const hit = lookup(t) ?? FULL_WITHOUT_HE.get(t);
    if (hit) return hit;
  }
  return null;
}

/** The name as NFKC writes it, without white space. */
function compact(name: string): string {
  // Names are nearly always CJK and ASCII that NFKC leaves alone, and hold no space: telling so
  // from a per-character table spares the normaliser and the regex.
  if (!isNfkcStable(name)) return name.normalize("NFKC").replace(/\s+/g, "");
  return hasWhiteSpace(name) ? name.replace(/\s+/g, "") : name;
}

function resolution(scope: string, canonical: string, kind: UnitKind, rule: string): UnitResolution {
  return { id: `${scope}:${canonical}`, kind, canonical, rule };
}

/** The length of a leading 市 or 北京市, or 0. */
function cityPrefix(n: string): number {
  return n.startsWith("市") ? 1 : n.startsWith("北京市") ? 3 : 0;
}

// City bodies' district branches: 市规划自然资源委通州分局, 市交通委通州公路分局, 市公安局通州分局.
function resolveBranch(branch: RegExpExecArray, code: string): UnitResolution {
  const [, parent = "", d = "", mid = "", tail = ""] = branch;
  const dCode = CODE_BY_SHORT.get(d) ?? code;
  const police = parent.includes("公安");
  if (police && (parent + mid).includes("交通")) return namedBranch("公安交通支队", d, dCode, "police");
  if (police && tail === "分局" && !mid) return namedBranch("公安分局", d, dCode, "police");
  if (parent.includes("规划") && tail === "分局" && !mid)
    return namedBranch("规划和自然资源委员会分局", d, dCode, "city-branch");
  const p = lookup(parent) ?? contract(parent);
  return resolution(
    dCode,
    `市${p ? p.full : parent}${d}${mid}${tail}`,
    police ? "police" : "city-branch",
    "branch",
  );
}

function namedBranch(key: string, short: string, dCode: string, kind: UnitKind): UnitResolution {
  return resolution(dCode, (BRANCH_NAMES.get(key) as (s: string) => string)(short), kind, "branch");
}

/** A district short name the name starts with, followed by at least two more characters. */
function leadingDistrict(core: string): string | undefined {
  if (!DISTRICT_FIRST_CODES.has(core.charCodeAt(0))) return undefined;
  return DISTRICT_SHORTS.find((s) => core.startsWith(s) && core.length > s.length + 1);
}

/** Where a bracketed sub-office starts (（ or (), or -1. */
function openBracket(core: string): number {
  const a = core.indexOf("（");
  const b = core.indexOf("(");
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function kindAsWritten(core: string, bare: string): UnitKind {
  return /公安|派出所|交警|交通支队/.test(core)
    ? "police"
    : /公司|集团|银行|医院$/.test(core)
      ? "enterprise"
      : /(?:[局委办会院所队室部馆]|中心)$/.test(bare)
        ? "district-body"
        : "other";
}

// Local names: 区X, <district>X (东城交通支队, 通州供电公司) or a bare X (永外街道).
function resolveLocal(n: string, code: string, short: string): UnitResolution {
  let core = n;
  let local = false;
  if (core.startsWith("区")) {
    core = core.slice(1);
    local = true;
  } else {
    const d = leadingDistrict(core);
    if (d) {
      core = core.slice(d.length).replace(/^区/, "");
      local = true;
    }
  }
  if (!local && STREET.test(core))
    return resolution(code, core.replace(/办事处$/, "").replace(/人民政府$/, ""), "street", "street");
  const ambiguous = AMBIGUOUS.get(core);
  if (ambiguous) {
    const canonical = `区${core}`;
    const readings = ambiguous.map((r) => `区${r}`);
    return { id: `${code}:${canonical}`, kind: "district-body", canonical, rule: "ambiguous", readings };
  }
  const hit = lookup(core);
  const branchName = hit ? BRANCH_NAMES.get(hit.full) : undefined;
  if (hit && branchName && short) return resolution(code, branchName(short), hit.kind, "branch");
  if (hit) return resolution(code, `区${hit.full}`, hit.kind, "catalog");
  // 区城市管理委（区城市管理指挥中心）: a body named with its sub-office stays its own spelling.
  const open = openBracket(core);
  const bare = open < 0 ? core : core.slice(0, open);
  const contracted = bare === core ? contract(core) : null;
  if (contracted) return resolution(code, `区${contracted.full}`, contracted.kind, "contraction");
  return resolution(code, local ? `区${core}` : core, kindAsWritten(core, bare), "as-written");
}

/**
 * Resolves a body's name, as written in a district's document, to the body: a stable id from the
 * district code and the canonical name, and its kind. Rule-based: the catalog of official names
 * and short forms, contraction rules, city branches (市…委通州分局, 区规分局), police, streets and
 * towns, collectives. A short form with two possible readings is kept apart and says so.
 *
 * @param name - the name as written (区卫健委, 市规划自然资源委通州分局, 各街道办事处)
 * @param district - the issuing district, or null when unknown
 * @returns the resolution
 *
 * @example
 * ```ts
 * import { resolveUnit } from "@minsheng/parsers";
 * const dc = { name: "东城区", code: "110101" };
 * resolveUnit("区卫健委", dc).id === resolveUnit("区卫生健康委", dc).id; //=> true
 * resolveUnit("区卫健委", dc).id; //=> "110101:区卫生健康委员会"
 * resolveUnit("各街道办事处", dc).id; //=> "110101:各街道办事处:collective"
 * ```
 */
export function resolveUnit(name: string, district: Region | null): UnitResolution {
  const code = district?.code || "110000";
  const short = district ? (SHORT_BY_CODE.get(district.code) ?? district.name.replace(/区$/, "")) : "";
  const n = compact(name);

  if (COLLECTIVE_PATTERN.test(n))
    return { id: `${code}:${n}:collective`, kind: "collective", canonical: n, rule: "collective" };

  // Only a name starting 市 or 北京市 can be a city body or one of its branches.
  const prefix = cityPrefix(n);
  if (prefix === 0) return resolveLocal(n, code, short);
  const branch = BRANCH.exec(n);
  if (branch) return resolveBranch(branch, code);
  const core = n.slice(prefix);
  const hit = lookup(core) ?? contract(core);
  return resolution("110000", `市${hit ? hit.full : core}`, "city-body", "city");
}
