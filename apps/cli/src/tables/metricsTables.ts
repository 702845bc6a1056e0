import type { Metrics, TaskRef } from "@minsheng/core";
import type { Table } from "../output/Table";
import { formatQuantity } from "./formatQuantity";

const ref = (r: TaskRef) => [r.source, r.section, r.seq] as const;
const refColumns = ["source", "section", "seq"] as const;
const rate = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/** The table names `minsheng metrics --table` accepts, in the order sheets are written. */
export const METRIC_TABLES = [
  "sections",
  "coverage",
  "units",
  "collaboration",
  "attainment",
  "deadlines",
  "changes",
  "findings",
] as const;

/** One of {@link METRIC_TABLES}. */
export type MetricTableName = (typeof METRIC_TABLES)[number];

/** Every metric as a flat table, for csv, xlsx and Markdown. */
export function metricsTables(m: Metrics): Record<MetricTableName, Table> {
  const overdue = new Set(m.deadlines.overdue.map((r) => JSON.stringify(ref(r))));
  const dueSoon = new Set(m.deadlines.dueSoon.map((r) => JSON.stringify(ref(r))));
  return {
    sections: {
      name: "sections",
      columns: [
        "source",
        "section",
        "issuer",
        "kind",
        "period",
        "tasks",
        "completed",
        "in_progress",
        "not_started",
        "unstated",
        "completion_rate",
        "quantified",
        "narrative_only",
        "no_progress",
        "deadline_missing",
      ],
      rows: m.sections.map((s) => [
        s.source,
        s.section,
        s.issuer,
        s.kind,
        s.period ? `${s.period.year} ${s.period.span}` : null,
        s.tasks,
        s.status.completed,
        s.status.inProgress,
        s.status.notStarted,
        s.status.unstated,
        rate(s.completionRate),
        s.evidence.quantified,
        s.evidence.narrativeOnly,
        s.evidence.none,
        s.deadlineMissing,
      ]),
    },
    coverage: {
      name: "coverage",
      columns: ["key", "programme", "year", "text", "districts", "district_count", "citations"],
      rows: m.coverage.map((c) => [
        c.key,
        c.programme,
        c.year,
        c.text,
        c.districts.join("、"),
        c.districts.length,
        c.citations.map((x) => `${x.district} 第${x.number}项 (${x.ref.source}#${x.ref.seq})`).join("；"),
      ]),
    },
    units: {
      name: "units",
      columns: ["id", "district", "kind", "names", "lead", "assist", "total"],
      rows: m.units.map((u) => [
        u.id,
        u.district,
        u.kind,
        u.names.join("、"),
        u.lead,
        u.assist,
        u.lead + u.assist,
      ]),
    },
    collaboration: {
      name: "collaboration",
      columns: ["lead", "assist", "tasks"],
      rows: m.collaboration.map((c) => [c.lead, c.assist, c.tasks]),
    },
    attainment: {
      name: "attainment",
      columns: [...refColumns, "target", "actual", "ratio", "met"],
      rows: m.attainment.map((a) => [
        ...ref(a.ref),
        formatQuantity(a.target),
        formatQuantity(a.actual),
        rate(a.ratio),
        a.met,
      ]),
    },
    deadlines: {
      name: "deadlines",
      columns: [...refColumns, "light", "overdue", "due_soon", "reason"],
      rows: m.deadlines.lights.map((l) => {
        const k = JSON.stringify(ref(l.ref));
        return [...ref(l.ref), l.light, overdue.has(k), dueSoon.has(k), l.reason];
      }),
    },
    changes: {
      name: "changes",
      columns: [
        "district",
        "from_source",
        "from_seq",
        "to_source",
        "to_seq",
        "status_from",
        "status_to",
        "new_actuals",
      ],
      rows: m.changes.map((c) => [
        c.district,
        c.from.source,
        c.from.seq,
        c.to.source,
        c.to.seq,
        c.statusFrom,
        c.statusTo,
        c.newActuals.map(formatQuantity).join("；"),
      ]),
    },
    findings: {
      name: "findings",
      columns: ["code", "message", "tasks"],
      rows: m.findings.map((f) => [f.code, f.message, f.refs.map((r) => `${r.source}#${r.seq}`).join("；")]),
    },
  };
}
