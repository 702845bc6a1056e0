// A synthetic corpus shaped like the seeds, for benchmarks: several districts, each with a plan
// and four progress reports of the same tasks (Q1, H1, Q1-Q3, annual) and a completion report,
// 40 tasks a section; city items shared across districts; units with collectives and sub-offices;
// targets and actuals with 万/个 measure words; stated statuses and paces. Deterministic (seeded).
import {
  DOCUMENT_SCHEMA_ID,
  type Document,
  type Quantity,
  type Section,
  type Task,
  type UnitRef,
} from "@minsheng/core";

const DISTRICTS = [
  { name: "东城区", code: "110101" },
  { name: "西城区", code: "110102" },
  { name: "朝阳区", code: "110105" },
  { name: "通州区", code: "110112" },
  { name: "大兴区", code: "110115" },
  { name: "海淀区", code: "110108" },
] as const;
const BODIES = [
  "区教委",
  "区卫生健康委",
  "区城市管理委",
  "区住房城乡建设委",
  "区民政局",
  "区交通局",
  "区园林绿化局",
  "区商务局",
  "区水务局",
  "区文化和旅游局",
  "区体育局",
  "区人力社保局",
  "区市场监管局",
  "区应急局",
  "区发展改革委",
  "区农业农村局",
  "区城市管理委（区城市管理指挥中心）",
];
const COLLECTIVES = ["各街道办事处", "各相关单位", "区政府各委办局"];
const CATEGORIES = ["改善居住条件", "提升教育质量", "优化养老服务", "便利群众出行", "增进健康福祉"];
const SUBJECTS = ["普惠托位", "中小学学位", "养老照护床位", "充电桩", "口袋公园", "慢行系统", "便民网点"];
const UNITS = ["个", "万个", "张", "公里", "家", "处", "人", "%"];
const KINDS = ["plan", "Q1", "H1", "Q1-Q3", "annual", "completion"] as const;
const PERIOD_END = { Q1: "03-31", H1: "06-30", "Q1-Q3": "09-30", annual: "12-31" } as const;
const PER_SECTION = 40;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of {@link syntheticCorpus}. */
export interface SyntheticCorpusOptions {
  /** PRNG seed (default 1): the same seed and size give the same corpus. */
  readonly seed?: number;
}

/**
 * Generates documents holding `tasks` tasks in total (the last section may be shorter).
 *
 * @example
 * ```ts
 * syntheticCorpus(100).reduce((n, d) => n + d.sections[0]!.tasks.length, 0); //=> 100
 * ```
 */
export function syntheticCorpus(tasks: number, options: SyntheticCorpusOptions = {}): Document[] {
  const rnd = mulberry32(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const docs: Document[] = [];
  let made = 0;
  for (let d = 0; made < tasks; d++) {
    const kind = KINDS[d % KINDS.length] as (typeof KINDS)[number];
    const programme = Math.floor(d / KINDS.length); // one district-year of reports on the same tasks
    const district = DISTRICTS[programme % DISTRICTS.length] as (typeof DISTRICTS)[number];
    const year = 2018 + (Math.floor(programme / DISTRICTS.length) % 8);
    const batch = Math.floor(programme / (DISTRICTS.length * 8));
    const count = Math.min(PER_SECTION, tasks - made);
    const bodies = BODIES.map((name) => ({ name, id: `${district.code}:${name}` }));
    const out: Task[] = [];
    for (let i = 0; i < count; i++) {
      const seq = i + 1;
      const subject = SUBJECTS[i % SUBJECTS.length] as string;
      const unit = UNITS[i % UNITS.length] as string;
      const target = unit === "%" ? 90 + (i % 10) : (10 + ((i * 37) % 90)) * (unit === "万个" ? 10000 : 100);
      const targets: Quantity[] = [
        {
          value: target,
          unit,
          comparator: i % 4 === 0 ? ">=" : i % 4 === 1 ? "~" : "=",
          text: `${target}${unit}`,
          subject,
        },
      ];
      const lead = pick(bodies);
      const units: UnitRef[] = [{ role: "lead", name: lead.name, id: lead.id, kind: "district-body" }];
      if (rnd() < 0.3)
        units.push({ role: "lead", name: pick(bodies).name, id: pick(bodies).id, kind: "district-body" });
      if (rnd() < 0.3)
        units.push({ role: "assist", name: pick(bodies).name, id: pick(bodies).id, kind: "district-body" });
      if (rnd() < 0.15) {
        const c = pick(COLLECTIVES);
        units.push({
          role: rnd() < 0.5 ? "lead" : "assist",
          name: c,
          id: `${district.code}:${c}:collective`,
          kind: "collective",
        });
      }
      const month = i % 5 === 0 ? 8 : i % 7 === 0 ? 6 : 12;
      const deadlineDate = `${year}-${String(month).padStart(2, "0")}-${month === 6 ? "30" : "31"}`;
      const stage = KINDS.indexOf(kind); // 0 plan … 5 completion
      const share = Math.min(1.3, (stage / 4) * (0.6 + rnd() * 0.7));
      const completed = kind === "completion" || (stage >= 2 && share >= 1);
      const progress: Task["progress"] =
        kind === "plan"
          ? null
          : {
              status:
                kind === "Q1" && rnd() < 0.5
                  ? null
                  : completed
                    ? "completed"
                    : rnd() < 0.1
                      ? "not-started"
                      : "in-progress",
              statusText: completed ? "已完成" : "推进中",
              pace: rnd() < 0.1 ? "behind" : rnd() < 0.2 ? "on-schedule" : null,
              text: rnd() < 0.05 ? "" : `已完成${subject}建设${Math.round(target * share)}${unit}`,
              points: [],
              actuals:
                rnd() < 0.8
                  ? [
                      {
                        value: Math.round(target * share),
                        unit,
                        comparator: "=",
                        text: `${Math.round(target * share)}${unit}`,
                        subject,
                      },
                    ]
                  : [],
            };
      out.push({
        seq: rnd() < 0.002 ? seq + 1 : seq,
        text: `${district.name}${year}年第${batch}批民生实事${seq}：新增${subject}${target}${unit}`,
        category: CATEGORIES[i % CATEGORIES.length] as string,
        cityItem:
          i % 2 === 0
            ? {
                programme: "livelihood",
                year,
                number: 1 + (i % 30),
                key: `bj:livelihood:${year}:${batch}:${i % 30}`,
                text: null,
                similarity: null,
              }
            : null,
        units,
        leaders: [],
        deadline:
          kind === "completion"
            ? null
            : { date: deadlineDate, precision: "month", text: `${year}年${month}月底前`, hedged: false },
        targets,
        progress,
        span: { startLine: 10 + i * 3, endLine: 12 + i * 3 },
      });
    }
    made += count;
    const period =
      kind === "plan" || kind === "completion"
        ? kind === "completion"
          ? { year, span: "annual" as const, asOf: `${year}-12-31` }
          : null
        : { year, span: kind, asOf: `${year}-${PERIOD_END[kind]}` };
    const section: Section = {
      kind: kind === "plan" ? "plan" : kind === "completion" ? "completion" : "progress",
      title: null,
      year,
      period,
      categories: kind === "plan" ? CATEGORIES.map((name) => ({ name, declaredCount: 8, line: null })) : [],
      tasks: out,
      layout: "synthetic",
    };
    docs.push({
      schema: DOCUMENT_SCHEMA_ID,
      source: {
        path: `synthetic/${String(d).padStart(6, "0")}.txt`,
        sha256: "0".repeat(64),
        encoding: "utf-8",
        lines: 12 + count * 3,
      },
      title: null,
      issuer: { name: district.name, code: district.code },
      docNumber: null,
      issued: kind === "plan" ? `${year}-01-05` : null,
      sections: [section],
      outline: [],
      diagnostics: [],
    });
  }
  return docs;
}
