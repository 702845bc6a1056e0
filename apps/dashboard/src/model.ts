// What the views share: the corpus, the metrics computed over it, and indexes from a TaskRef back
// to the task and its source lines — every figure on the page can be followed to its document line.
import type {
  Document,
  Light,
  Metrics,
  Section,
  SectionMetrics,
  Task,
  TaskRef,
  UnitLoad,
} from "@minsheng/core";

/** The documents on the page and, per `source.path`, the source split into lines (for the task table). */
export interface Corpus {
  readonly origin: "seeds" | "files";
  readonly docs: readonly Document[];
  readonly lines: ReadonlyMap<string, readonly string[]>;
  /** Files that could not be read (unsupported format, decode errors), in words for the reader. */
  readonly notes: readonly string[];
}

export interface TaskRow {
  readonly ref: TaskRef;
  readonly key: string;
  readonly doc: Document;
  readonly section: Section;
  readonly task: Task;
  readonly district: string;
  readonly light: Light | null;
}

export interface Model {
  readonly corpus: Corpus;
  readonly metrics: Metrics;
  readonly asOf: string;
  readonly tasks: readonly TaskRow[];
  readonly byRef: ReadonlyMap<string, TaskRow>;
  readonly units: ReadonlyMap<string, UnitLoad>;
}

export const UNKNOWN_DISTRICT = "（未识别）";

/** A TaskRef as one string: a map key, and (URI-encoded) a link parameter. */
export function refKey(ref: TaskRef): string {
  return `${ref.source}|${ref.section}|${ref.seq}`;
}

export function parseRefKey(key: string): TaskRef | null {
  const m = /^(.*)\|(\d+)\|(\d+)$/.exec(key);
  return m?.[1] !== undefined ? { source: m[1], section: Number(m[2]), seq: Number(m[3]) } : null;
}

/** Several refs as one link parameter (JSON, since file names may contain any separator). */
export function refsParam(refs: readonly TaskRef[]): string {
  return JSON.stringify(refs.map(refKey));
}

export function parseRefsParam(param: string): Set<string> {
  try {
    const value: unknown = JSON.parse(param);
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
  } catch {
    return new Set();
  }
}

export function sectionKey(source: string, section: number): string {
  return `${source}|${section}`;
}

export function buildModel(corpus: Corpus, metrics: Metrics): Model {
  const lights = new Map<string, Light>();
  for (const l of metrics.deadlines.lights) lights.set(refKey(l.ref), l);
  const tasks: TaskRow[] = [];
  const byRef = new Map<string, TaskRow>();
  for (const doc of corpus.docs) {
    doc.sections.forEach((section, index) => {
      for (const task of section.tasks) {
        const ref = { source: doc.source.path, section: index, seq: task.seq };
        const key = refKey(ref);
        const row: TaskRow = {
          ref,
          key,
          doc,
          section,
          task,
          district: doc.issuer?.name ?? UNKNOWN_DISTRICT,
          light: lights.get(key) ?? null,
        };
        tasks.push(row);
        // A seq numbered twice in one section (a finding) keeps its first task as the link target.
        if (!byRef.has(key)) byRef.set(key, row);
      }
    });
  }
  return {
    corpus,
    metrics,
    asOf: metrics.asOf,
    tasks,
    byRef,
    units: new Map(metrics.units.map((u) => [u.id, u])),
  };
}

const KIND: Record<string, string> = { progress: "进展", plan: "计划", completion: "完成情况" };
const KIND_SHORT: Record<string, string> = { progress: "进展", plan: "计划", completion: "完成" };
const SPAN: Record<string, string> = { Q1: "一季度", H1: "上半年", "Q1-Q3": "前三季度", annual: "全年" };
const SPAN_SHORT: Record<string, string> = { Q1: "Q1", H1: "H1", "Q1-Q3": "Q1–3", annual: "" };

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The year a section's tasks belong to: its period's, else the section's own (plans have no period). */
export function sectionYear(s: SectionMetrics): number | null {
  return s.period?.year ?? s.year;
}

/**
 * How a section is named on charts and in tables: `东城区 2024 一季度 进展`, or on phones
 * `东城 2024Q1 进展` (the long form does not fit a 390-px screen's axis).
 */
export function sectionLabel(model: Model, s: SectionMetrics, short = false): string {
  const year = sectionYear(s);
  const span = s.period ? ((short ? SPAN_SHORT : SPAN)[s.period.span] ?? s.period.span) : "";
  const issuer = s.issuer ? (short ? s.issuer.replace(/区$/, "") : s.issuer) : fileName(s.source);
  const when = short ? `${year ?? ""}${span}` : [year, span].filter(Boolean).join(" ");
  return [issuer, when, (short ? KIND_SHORT : KIND)[s.kind] ?? s.kind].filter(Boolean).join(" ");
}

/** Section labels made unique (two files can have the same issuer, period and kind). */
export function sectionLabels(model: Model, short = false): string[] {
  const sections = model.metrics.sections;
  const labels = sections.map((s) => sectionLabel(model, s, short));
  const seen = new Map<string, number>();
  for (const l of labels) seen.set(l, (seen.get(l) ?? 0) + 1);
  return labels.map((l, i) => {
    const s = sections[i];
    return (seen.get(l) ?? 0) > 1 && s ? `${l} · ${fileName(s.source)}#${s.section + 1}` : l;
  });
}

/** How a body is named: its first spelling, and the district when the corpus has several. */
export function unitLabel(model: Model, id: string): string {
  const u = model.units.get(id);
  if (!u) return id;
  const name = u.names[0] ?? id;
  return u.district ? `${name}（${u.district.replace(/区$/, "")}）` : name;
}

export const STATUS_LABEL = {
  completed: "已完成",
  inProgress: "推进中",
  notStarted: "未启动",
  unstated: "未说明",
} as const;

export const LIGHT_LABEL = { red: "红灯", yellow: "黄灯", green: "绿灯" } as const;
export const LIGHT_COLOR = { red: "#d62728", yellow: "#e0a800", green: "#2a9d4b" } as const;

export function statusOf(task: Task): keyof typeof STATUS_LABEL {
  switch (task.progress?.status ?? null) {
    case "completed":
      return "completed";
    case "in-progress":
      return "inProgress";
    case "not-started":
      return "notStarted";
    default:
      return "unstated";
  }
}

export function percent(rate: number | null): string {
  return rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`;
}

/** A link into the task table with these filters (the hash router reads them back). */
export function tasksHref(params: Record<string, string>): string {
  return `#/tasks?${new URLSearchParams(params).toString()}`;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
