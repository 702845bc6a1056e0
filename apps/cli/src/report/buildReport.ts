import type { Document, Metrics, SectionMetrics, TaskRef } from "@minsheng/core";
import type { CellValue, Table } from "../output/Table";
import type { Block } from "./Block";
import { indexTasks, refKey, type LocatedTask } from "./indexTasks";

const TEXT_CHARS = 60;
const BUSIEST = 15;

const short = (s: string, n = TEXT_CHARS) => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;
const docLabel = (d: Document) => d.title ?? d.source.path;

function statedCounts(tasks: LocatedTask["section"]["tasks"]) {
  const count = (s: string | null) => tasks.filter((t) => (t.progress?.status ?? null) === s).length;
  return {
    completed: count("completed"),
    inProgress: count("in-progress"),
    notStarted: count("not-started"),
    unstated: count(null),
  };
}

function sectionTable(docs: readonly Document[], metrics: Metrics): Table {
  const byRef = new Map<string, SectionMetrics>(
    metrics.sections.map((s) => [`${s.source}\u0000${s.section}`, s]),
  );
  const rows: CellValue[][] = [];
  for (const d of docs)
    d.sections.forEach((s, i) => {
      const m = byRef.get(`${d.source.path}\u0000${i}`);
      // Stated statuses are read straight from the tasks; the metrics add the rate and the evidence.
      const c = m?.status ?? statedCounts(s.tasks);
      const stated = c.completed + c.inProgress + c.notStarted;
      const rate = m ? m.completionRate : stated > 0 ? c.completed / stated : null;
      rows.push([
        d.source.path,
        d.issuer?.name ?? "",
        `${s.kind}${s.period ? ` ${s.period.year} ${s.period.span}` : s.year ? ` ${s.year}` : ""}`,
        s.tasks.length,
        `${c.completed} / ${c.inProgress} / ${c.notStarted} / ${c.unstated}`,
        rate === null ? "not stated" : `${percent(rate)} (${c.completed}/${stated})`,
        m ? `${m.evidence.quantified} / ${m.evidence.narrativeOnly} / ${m.evidence.none}` : "",
        m ? m.deadlineMissing : s.tasks.filter((t) => !t.deadline).length,
      ]);
    });
  return {
    name: "sections",
    columns: [
      "document",
      "district",
      "section",
      "tasks",
      "done / in progress / not started / unstated",
      "stated completion",
      "evidence: figures / narrative / none",
      "no deadline",
    ],
    rows,
  };
}

function deadlineTable(
  name: string,
  refs: readonly TaskRef[],
  tasks: Map<string, LocatedTask>,
  reasons: Map<string, string>,
): Table {
  return {
    name,
    columns: ["district", "document", "seq", "task", "deadline", "lead units", "stated", "why"],
    rows: refs.map((r) => {
      const t = tasks.get(refKey(r));
      return [
        t?.doc.issuer?.name ?? "",
        r.source,
        r.seq,
        t ? short(t.task.text) : "",
        t?.task.deadline?.date ?? "",
        t?.task.units
          .filter((u) => u.role === "lead")
          .map((u) => u.name)
          .join("、") ?? "",
        t?.task.progress?.statusText ?? t?.task.progress?.status ?? "",
        reasons.get(refKey(r)) ?? "",
      ];
    }),
  };
}

function coverageTable(metrics: Metrics): Table {
  const districts = [...new Set(metrics.coverage.flatMap((c) => c.districts))].sort();
  const rows = [...metrics.coverage]
    .sort((a, b) => b.districts.length - a.districts.length || a.year - b.year || a.key.localeCompare(b.key))
    .map((c) => {
      const first = c.citations[0];
      return [
        `${c.programme === "livelihood" ? "民生实事" : "重点任务"} ${c.year}${first ? ` 第${first.number}项` : ""}`,
        c.text ? short(c.text, 40) : "",
        c.districts.length,
        ...districts.map((d) => {
          const nums = c.citations.filter((x) => x.district === d).map((x) => `#${x.number}`);
          return [...new Set(nums)].join(" ");
        }),
      ];
    });
  return { name: "coverage", columns: ["city item", "text", "districts", ...districts], rows };
}

function busiestTable(metrics: Metrics): Table {
  const rows = metrics.units
    .filter((u) => u.kind !== "collective" && !u.id.endsWith(":collective"))
    .sort((a, b) => b.lead + b.assist - (a.lead + a.assist) || b.lead - a.lead || a.id.localeCompare(b.id))
    .slice(0, BUSIEST)
    .map((u) => [u.names[0] ?? u.id, u.district ?? "", u.lead, u.assist, u.lead + u.assist]);
  return { name: "busiest bodies", columns: ["body", "district", "leads", "assists", "tasks"], rows };
}

/**
 * Builds the report a person reads: per document and section the tasks and their stated
 * completion and evidence; overdue and due-soon tasks with the bodies responsible; which city
 * items the districts cover; the busiest bodies; inconsistencies found in the documents.
 */
export function buildReport(docs: readonly Document[], metrics: Metrics): Block[] {
  const tasks = indexTasks(docs);
  const reasons = new Map(metrics.deadlines.lights.map((l) => [refKey(l.ref), l.reason]));
  const totalTasks = docs.reduce((n, d) => n + d.sections.reduce((k, s) => k + s.tasks.length, 0), 0);
  const sections = docs.reduce((n, d) => n + d.sections.length, 0);
  const diagnostics = docs
    .flatMap((d) => d.diagnostics.map((x) => ({ d, x })))
    .filter(({ x }) => x.severity !== "info");
  return [
    { kind: "heading", level: 1, text: `minsheng report, as of ${metrics.asOf}` },
    {
      kind: "paragraph",
      text: `${docs.length} documents · ${sections} sections · ${totalTasks} tasks · **${metrics.deadlines.overdue.length} overdue** · ${metrics.deadlines.dueSoon.length} due within 30 days · ${metrics.deadlines.open} open with a deadline`,
    },
    { kind: "heading", level: 2, text: "Documents" },
    {
      kind: "table",
      table: {
        name: "documents",
        columns: [
          "document",
          "source",
          "district",
          "doc number",
          "issued",
          "sections",
          "tasks",
          "diagnostics",
        ],
        rows: docs.map((d) => [
          short(docLabel(d), 40),
          d.source.path,
          d.issuer?.name ?? "",
          d.docNumber ?? "",
          d.issued ?? "",
          d.sections.length,
          d.sections.reduce((n, s) => n + s.tasks.length, 0),
          d.diagnostics.length,
        ]),
      },
      empty: "No documents.",
    },
    { kind: "heading", level: 2, text: "Sections: tasks, stated completion, evidence" },
    { kind: "table", table: sectionTable(docs, metrics), empty: "No sections with tasks were found." },
    { kind: "heading", level: 2, text: `Overdue (${metrics.deadlines.overdue.length})` },
    {
      kind: "table",
      table: deadlineTable("overdue", metrics.deadlines.overdue, tasks, reasons),
      empty: "No overdue tasks.",
    },
    { kind: "heading", level: 2, text: `Due within 30 days (${metrics.deadlines.dueSoon.length})` },
    {
      kind: "table",
      table: deadlineTable("due soon", metrics.deadlines.dueSoon, tasks, reasons),
      empty: "No tasks due within 30 days.",
    },
    { kind: "heading", level: 2, text: "City items across districts" },
    { kind: "table", table: coverageTable(metrics), empty: "No city items cited." },
    { kind: "heading", level: 2, text: `Busiest bodies (top ${BUSIEST}, collectives left out)` },
    { kind: "table", table: busiestTable(metrics), empty: "No bodies named." },
    { kind: "heading", level: 2, text: `Findings (${metrics.findings.length})` },
    {
      kind: "table",
      table: {
        name: "findings",
        columns: ["code", "message", "tasks"],
        rows: metrics.findings.map((f) => [
          f.code,
          f.message,
          f.refs.map((r) => `${r.source}#${r.seq}`).join(" "),
        ]),
      },
      empty: "No inconsistencies found.",
    },
    { kind: "heading", level: 2, text: `Parser warnings (${diagnostics.length})` },
    {
      kind: "table",
      table: {
        name: "diagnostics",
        columns: ["source", "line", "code", "message"],
        rows: diagnostics.map(({ d, x }) => [d.source.path, x.line, x.code, short(x.message, 80)]),
      },
      empty: "None.",
    },
  ];
}
