import type { Document, Task } from "@minsheng/core";
import type { Table } from "../output/Table";
import { formatQuantities } from "./formatQuantity";

/** The columns of the task table, in order (csv headers, xlsx sheet "tasks"). */
export const TASK_COLUMNS = [
  "source",
  "section",
  "section_kind",
  "period",
  "seq",
  "district",
  "category",
  "city_item",
  "city_item_key",
  "text",
  "lead_units",
  "assist_units",
  "leaders",
  "deadline",
  "deadline_text",
  "status",
  "status_text",
  "pace",
  "targets",
  "actuals",
  "progress",
  "start_line",
  "end_line",
] as const;

const names = (t: Task, role: "lead" | "assist") =>
  t.units
    .filter((u) => u.role === role)
    .map((u) => u.name)
    .join("、");

/** The city item a task implements, as a reader says it: 市民生实事 2024 第 3 项. */
export function formatCityItem(t: Task): string {
  const c = t.cityItem;
  if (!c) return "";
  return `${c.programme === "livelihood" ? "市民生实事" : "市政府工作报告重点任务"} ${c.year} 第${c.number}项`;
}

/**
 * Flattens every task of the documents into one row: where it is (source, section, lines), what it
 * promises and by whom, and what the report states. Lists are joined (units with 、, figures with ；).
 */
export function taskTable(docs: readonly Document[]): Table {
  const rows = docs.flatMap((d) =>
    d.sections.flatMap((s, i) =>
      s.tasks.map((t) => [
        d.source.path,
        i,
        s.kind,
        s.period ? `${s.period.year} ${s.period.span}` : (s.year?.toString() ?? ""),
        t.seq,
        d.issuer?.name ?? "",
        t.category ?? "",
        formatCityItem(t),
        t.cityItem?.key ?? "",
        t.text,
        names(t, "lead"),
        names(t, "assist"),
        t.leaders.join("、"),
        t.deadline?.date ?? "",
        t.deadline?.text ?? "",
        t.progress?.status ?? "",
        t.progress?.statusText ?? "",
        t.progress?.pace ?? "",
        formatQuantities(t.targets),
        formatQuantities(t.progress?.actuals ?? []),
        t.progress?.text ?? "",
        t.span.startLine,
        t.span.endLine,
      ]),
    ),
  );
  return { name: "tasks", columns: TASK_COLUMNS, rows };
}

/** One row per document: where it came from and what it is. */
export function documentTable(docs: readonly Document[]): Table {
  return {
    name: "documents",
    columns: [
      "source",
      "encoding",
      "lines",
      "sha256",
      "title",
      "issuer",
      "doc_number",
      "issued",
      "sections",
      "tasks",
      "diagnostics",
    ],
    rows: docs.map((d) => [
      d.source.path,
      d.source.encoding,
      d.source.lines,
      d.source.sha256,
      d.title ?? "",
      d.issuer?.name ?? "",
      d.docNumber ?? "",
      d.issued ?? "",
      d.sections.length,
      d.sections.reduce((n, s) => n + s.tasks.length, 0),
      d.diagnostics.length,
    ]),
  };
}

/** One row per diagnostic the parser reported. */
export function diagnosticTable(docs: readonly Document[]): Table {
  return {
    name: "diagnostics",
    columns: ["source", "line", "severity", "code", "message"],
    rows: docs.flatMap((d) =>
      d.diagnostics.map((x) => [d.source.path, x.line, x.severity, x.code, x.message]),
    ),
  };
}
