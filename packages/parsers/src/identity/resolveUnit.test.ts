import {
  AMBIGUOUS_ALIASES,
  BODY_CATALOG,
  COLLECTIVE_PATTERN,
  REGIONS,
  type Region,
  type UnitKind,
} from "@minsheng/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveUnit, type UnitResolution } from "./resolveUnit";

const dongcheng = { name: "东城区", code: "110101" };
const daxing = { name: "大兴区", code: "110115" };
const tongzhou = { name: "通州区", code: "110112" };
const haidian = { name: "海淀区", code: "110108" };

describe("resolveUnit", () => {
  it("gives one id to every spelling of one body in one district", () => {
    const ids = (names: string[], d = dongcheng) => new Set(names.map((n) => resolveUnit(n, d).id));
    expect(ids(["区卫健委", "区卫生健康委", "区卫生健康委员会"]).size).toBe(1);
    expect(ids(["区城管委", "区城市管理委", "区城市管理委员会"]).size).toBe(1);
    expect(ids(["区住建委", "区住房城市建设委", "区住房城乡建设委"]).size).toBe(1);
    expect(ids(["区文旅局", "区文化和旅游局"]).size).toBe(1);
    expect(ids(["区规分局", "区规自分局", "市规划自然资源委东城分局"]).size).toBe(1);
    expect(ids(["区发改委", "区发展改革委"]).size).toBe(1);
    expect(ids(["区人力社保局", "区人力资源社会保障局"]).size).toBe(1);
    expect(ids(["区市场监管局", "区市场监督管理局"]).size).toBe(1);
  });

  it("keeps the same short name in two districts apart", () => {
    expect(resolveUnit("区教委", dongcheng).id).not.toBe(resolveUnit("区教委", daxing).id);
    expect(resolveUnit("区教委", dongcheng).id).toBe("110101:区教育委员会");
  });

  it("derives ids from the district code and the canonical name only", () => {
    expect(resolveUnit("区卫健委", haidian)).toMatchObject({
      id: "110108:区卫生健康委员会",
      kind: "district-body",
      rule: "catalog",
    });
  });

  it("tells city bodies, city branches, police, streets, utilities and collectives apart", () => {
    expect(resolveUnit("市民政局", tongzhou)).toMatchObject({ id: "110000:市民政局", kind: "city-body" });
    expect(resolveUnit("市规划自然资源委通州分局", tongzhou)).toMatchObject({
      id: "110112:市规划和自然资源委员会通州分局",
      kind: "city-branch",
    });
    expect(resolveUnit("市交通委通州公路分局", tongzhou).kind).toBe("city-branch");
    expect(resolveUnit("市公安局通州分局", tongzhou)).toMatchObject({
      id: "110112:市公安局通州分局",
      kind: "police",
    });
    expect(resolveUnit("市公安局公安交通管理局通州交通支队", tongzhou).id).toBe(
      resolveUnit("区公安交通支队", tongzhou).id,
    );
    expect(resolveUnit("东城交通支队", dongcheng).kind).toBe("police");
    expect(resolveUnit("永外街道", dongcheng).kind).toBe("street");
    expect(resolveUnit("宋庄镇", tongzhou).kind).toBe("street");
    expect(resolveUnit("通州供电公司", tongzhou).id).toBe(resolveUnit("区供电公司", tongzhou).id);
    expect(resolveUnit("通州供电公司", tongzhou).kind).toBe("enterprise");
    for (const c of ["各街道办事处", "相关街道办事处", "区政府各委办局", "各区属机构", "各相关单位"]) {
      const r = resolveUnit(c, dongcheng);
      expect(r.kind).toBe("collective");
      expect(r.id.endsWith(":collective")).toBe(true);
    }
  });

  it("keeps a short form with two readings apart under its own spelling and names both", () => {
    const r = resolveUnit("区科委", haidian);
    expect(r.rule).toBe("ambiguous");
    expect(r.id).toBe("110108:区科委");
    expect(r.readings).toEqual(["区科学技术委员会", "区科学技术和信息化局"]);
  });

  it("resolves names the table lacks by the general contraction rules", () => {
    // 委 ↔ 委员会, and dropping 和.
    expect(resolveUnit("区交通委员会", haidian).id).toBe("110108:区交通委员会");
    expect(resolveUnit("区文化旅游局", haidian).id).toBe(resolveUnit("区文旅局", haidian).id);
  });

  it("keeps a body named with its sub-office as its own spelling", () => {
    expect(resolveUnit("区城市管理委（区城市管理指挥中心）", tongzhou).id).not.toBe(
      resolveUnit("区城市管理委", tongzhou).id,
    );
  });
});

// The rules as they were written before the fast paths (NFKC skipped for text it cannot change,
// region lookups by map, fewer patterns for local names), kept as the reference.
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

function referenceResolveUnit(name: string, district: Region | null): UnitResolution {
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

describe("resolveUnit against the reference rules", () => {
  const districts: (Region | null)[] = [
    dongcheng,
    tongzhou,
    null,
    { name: "北京市", code: "110000" },
    { name: "某某区", code: "999999" },
    { name: "通州区", code: "" },
  ];
  const catalogNames = BODY_CATALOG.flatMap((b) => [b.full, ...b.aliases]);
  const fragment = fc.oneof(
    fc.constantFrom("", "区", "市", "北京市", "北京", "各", "相关", "其他", "有关"),
    fc.constantFrom(...REGIONS.map((r) => r.short), ...REGIONS.map((r) => r.name)),
    fc.constantFrom(...catalogNames, ...Object.keys(AMBIGUOUS_ALIASES)),
    fc.constantFrom("规划自然资源委", "公安局", "公安交通管理局", "交通委", "规", "规自", "卫健委", "公安"),
    fc.constantFrom("交", "通", "公安交", "规划"),
    fc.constantFrom("公路", "交通", "养犬办", "供电公司", "医院", "集团", "派出所", "交警", "指挥中心"),
    fc.constantFrom("分局", "支队", "大队", "中队", "街道", "街道办事处", "地区办事处", "镇", "乡"),
    fc.constantFrom("镇人民政府", "人民政府", "办事处", "委", "委员会", "局", "中心", "单位", "成员单位"),
    fc.constantFrom(" ", "\u3000", "\t", "\u00a0", "\u2028", "（", "）", "(", ")", "、", "和", "ｱ", "Ａ"),
    fc.constantFrom(
      "e\u0301",
      "\u1100\u1161",
      "가",
      "㈠",
      "\ud83d\ude00",
      "\ud800",
      "constructor",
      "toString",
    ),
    fc.string({ maxLength: 3 }),
  );
  const name = fc.array(fragment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(""));

  it("resolves every catalog name and alias, as written after any prefix, as before", () => {
    for (const d of districts)
      for (const n of catalogNames)
        for (const p of ["", "区", "市", "北京市", "通州", "东城区"])
          expect(resolveUnit(p + n, d)).toEqual(referenceResolveUnit(p + n, d));
  });

  it("resolves the branch and local edge cases as before", () => {
    const names = [
      "市公安交通州通支队", // 交通 only across the parent and the sub-unit
      "北京市公安局通州分局",
      "市规划自然资源委通州分局",
      "市规划委通州测绘分局",
      "市交通委通州公路分局",
      "市公安局公安交通管理局通州交通支队",
      "区公安交通支队",
      "区规分局",
      "通州区供电公司",
      "通州供电公司",
      "通州区",
      "东城 交通支队",
      "区城市管理委（区城市管理指挥中心）",
      "区文化旅游局",
      "区交通委员会",
      "区科委",
      "永外街道办事处",
      "宋庄镇人民政府",
      "市",
      "区",
      "",
    ];
    for (const d of districts)
      for (const n of names) expect(resolveUnit(n, d)).toStrictEqual(referenceResolveUnit(n, d));
  });

  it("resolves any name as before", () => {
    fc.assert(
      fc.property(name, fc.constantFrom(...districts), (n, d) => {
        expect(JSON.stringify(resolveUnit(n, d))).toBe(JSON.stringify(referenceResolveUnit(n, d)));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});
