import {
  AMBIGUOUS_ALIASES,
  BODY_CATALOG,
  COLLECTIVE_PATTERN,
  REGIONS,
  type Region,
  type UnitKind,
} from "@minsheng/core";

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

const DISTRICT_SHORTS = REGIONS.filter((r) => r.level === "district").map((r) => r.short);
// 市<body><district><sub-unit>分局|支队: the district names come from the region table.
const BRANCH = new RegExp(
  `^(?:北京)?市(.{1,16}?)(${DISTRICT_SHORTS.join("|")})(.{0,8}?)(分局|支队|大队|中队)$`,
);
const FULL = new Map(BODY_CATALOG.map((b) => [b.full, b]));
const ALIAS = new Map(BODY_CATALOG.flatMap((b) => b.aliases.map((a) => [a, b] as const)));

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

function lookup(core: string): { full: string; kind: UnitKind } | null {
  const hit = FULL.get(core) ?? ALIAS.get(core);
  return hit ? { full: hit.full, kind: hit.kind } : null;
}

// General contractions for names the table lacks: 委 ↔ 委员会, dropping 和 (文化和旅游 → 文化旅游).
function contract(core: string): { full: string; kind: UnitKind } | null {
  const tries = [
    core.endsWith("委") ? `${core}员会` : null,
    core.replace(/和/g, ""),
    core.endsWith("委") ? `${core.replace(/和/g, "")}员会` : null,
  ];
  for (const t of tries) {
    if (!t || t === core) continue;
    const hit = lookup(t);
    if (hit) return hit;
    for (const b of BODY_CATALOG) if (b.full.replace(/和/g, "") === t) return { full: b.full, kind: b.kind };
  }
  return null;
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
  const short = district
    ? (REGIONS.find((r) => r.code === district.code)?.short ?? district.name.replace(/区$/, ""))
    : "";
  const n = name.normalize("NFKC").replace(/\s+/g, "");
  const at = (canonical: string, kind: UnitKind, rule: string, scope = code): UnitResolution => ({
    id: `${scope}:${canonical}`,
    kind,
    canonical,
    rule,
  });

  if (COLLECTIVE_PATTERN.test(n))
    return { ...at(n, "collective", "collective"), id: `${code}:${n}:collective` };

  // City bodies' district branches: 市规划自然资源委通州分局, 市交通委通州公路分局, 市公安局通州分局.
  const branch = BRANCH.exec(n);
  if (branch) {
    const [, parent = "", d = "", mid = "", tail = ""] = branch;
    const dCode = REGIONS.find((r) => r.short === d)?.code ?? code;
    const named = (key: string, kind: UnitKind) =>
      at((BRANCH_NAMES.get(key) as (s: string) => string)(d), kind, "branch", dCode);
    if (/公安/.test(parent) && /交通/.test(parent + mid)) return named("公安交通支队", "police");
    if (/公安/.test(parent) && tail === "分局" && !mid) return named("公安分局", "police");
    if (/规划/.test(parent) && tail === "分局" && !mid)
      return named("规划和自然资源委员会分局", "city-branch");
    const p = lookup(parent) ?? contract(parent);
    return at(
      `市${p ? p.full : parent}${d}${mid}${tail}`,
      /公安/.test(parent) ? "police" : "city-branch",
      "branch",
      dCode,
    );
  }
  if (/^(?:北京)?市/.test(n)) {
    const core = n.replace(/^(?:北京)?市/, "");
    const hit = lookup(core) ?? contract(core);
    return at(`市${hit ? hit.full : core}`, "city-body", "city", "110000");
  }

  // Local names: 区X, <district>X (东城交通支队, 通州供电公司) or a bare X (永外街道).
  let core = n;
  let local = false;
  if (core.startsWith("区")) {
    core = core.slice(1);
    local = true;
  } else {
    const d = DISTRICT_SHORTS.find((s) => core.startsWith(s) && core.length > s.length + 1);
    if (d) {
      core = core.slice(d.length).replace(/^区/, "");
      local = true;
    }
  }
  if (/(?:街道|街道办事处|地区办事处|镇|乡|镇人民政府|乡人民政府)$/.test(core) && !local)
    return at(core.replace(/办事处$/, "").replace(/人民政府$/, ""), "street", "street");
  const ambiguous = AMBIGUOUS.get(core);
  if (ambiguous)
    return { ...at(`区${core}`, "district-body", "ambiguous"), readings: ambiguous.map((r) => `区${r}`) };
  const hit = lookup(core);
  const branchName = hit ? BRANCH_NAMES.get(hit.full) : undefined;
  if (hit && branchName && short) return at(branchName(short), hit.kind, "branch");
  if (hit) return at(`区${hit.full}`, hit.kind, "catalog");
  // 区城市管理委（区城市管理指挥中心）: a body named with its sub-office stays its own spelling.
  const open = core.search(/[（(]/);
  const bare = open < 0 ? core : core.slice(0, open);
  const contracted = bare === core ? contract(core) : null;
  if (contracted) return at(`区${contracted.full}`, contracted.kind, "contraction");
  const kind: UnitKind = /公安|派出所|交警|交通支队/.test(core)
    ? "police"
    : /公司|集团|银行|医院$/.test(core)
      ? "enterprise"
      : /(?:[局委办会院所队室部馆]|中心)$/.test(bare)
        ? "district-body"
        : "other";
  return at(local ? `区${core}` : core, kind, "as-written");
}
