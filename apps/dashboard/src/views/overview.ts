// Overview: one line per document section — tasks, stated completion, evidence quality, findings.
import * as Plot from "@observablehq/plot";
import { chartBox, fit, isNarrow, PLOT_STYLE, widthOf } from "../chart";
import type { SectionMetrics } from "@minsheng/core";
import { emptyNote, figure, h, replaceChildren } from "../dom";
import { percent, refsParam, sectionKey, sectionLabels, STATUS_LABEL, tasksHref, type Model } from "../model";

const EVIDENCE_LABEL = { quantified: "有数据", narrativeOnly: "仅文字", none: "无进展" } as const;

/** `14/14 · 100%`: completed of the tasks with a stated status; `未说明状态` when none is stated. */
export function completionText(s: SectionMetrics): string {
  const stated = s.tasks - s.status.unstated;
  return stated === 0 ? "未说明状态" : `${s.status.completed}/${stated} · ${percent(s.completionRate)}`;
}

/** Findings per section: a finding belongs to every section one of its refs points into. */
export function findingsBySection(model: Model): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of model.metrics.findings) {
    const keys = new Set(f.refs.map((r) => sectionKey(r.source, r.section)));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function renderOverview(root: HTMLElement, model: Model): void {
  const { sections, findings } = model.metrics;
  const labels = sectionLabels(model);
  const findingCounts = findingsBySection(model);
  const totals = sections.reduce(
    (t, s) => ({
      tasks: t.tasks + s.tasks,
      completed: t.completed + s.status.completed,
      stated: t.stated + s.tasks - s.status.unstated,
    }),
    { tasks: 0, completed: 0, stated: 0 },
  );

  replaceChildren(
    root,
    h("h2", {}, "概览 · 各部分任务与完成情况"),
    h(
      "div",
      { class: "stats" },
      figure("documents", "份文件", model.corpus.docs.length),
      figure("sections", "个部分", sections.length),
      figure("tasks", "项任务", totals.tasks),
      // Completion counts only what the documents state; with no stated status it is "—", never 0.
      figure(
        "completion",
        "已完成（按文件所述）",
        percent(totals.stated ? totals.completed / totals.stated : null),
      ),
      figure("findings", "项发现", findings.length),
    ),
  );
  if (sections.length === 0) {
    root.appendChild(emptyNote("没有识别出任何部分（文件中未找到任务列表）。"));
    return;
  }

  const width = widthOf(root);
  const narrow = isNarrow(root);
  // Phones get the short labels (东城 2024Q1 进展); both are cut to what the left margin holds.
  const axisLabels = narrow ? sectionLabels(model, true) : labels;
  const marginLeft = narrow ? 132 : 210;
  const height = 50 + sections.length * 30;
  const yAxis = {
    label: null,
    tickFormat: (i: number) => fit(axisLabels[i] ?? "", marginLeft - 12),
  } as const;

  const statusData = sections.flatMap((s, i) =>
    (Object.keys(STATUS_LABEL) as (keyof typeof STATUS_LABEL)[]).map((k) => ({
      i,
      status: STATUS_LABEL[k],
      n: s.status[k],
      title: `${labels[i] ?? ""}\n${STATUS_LABEL[k]}：${s.status[k]} 项`,
    })),
  );
  const evidenceData = sections.flatMap((s, i) =>
    (Object.keys(EVIDENCE_LABEL) as (keyof typeof EVIDENCE_LABEL)[]).map((k) => ({
      i,
      evidence: EVIDENCE_LABEL[k],
      n: s.evidence[k],
      title: `${labels[i] ?? ""}\n${EVIDENCE_LABEL[k]}：${s.evidence[k]} 项`,
    })),
  );
  const y = { domain: sections.map((_, i) => i), ...yAxis };
  root.appendChild(
    chartBox(
      "overview-status",
      Plot.plot({
        width,
        height,
        marginLeft,
        marginTop: 8,
        marginRight: narrow ? 82 : 100,
        style: PLOT_STYLE,
        y,
        x: { label: "任务数", grid: true },
        color: {
          legend: true,
          domain: Object.values(STATUS_LABEL),
          range: ["#2a9d4b", "#4e79a7", "#e0a800", "#bab0ac"],
        },
        marks: [
          Plot.barX(statusData, {
            y: "i",
            x: "n",
            fill: "status",
            title: "title",
            ariaDescription: "status-bar",
          }),
          Plot.ruleX([0]),
          // At the end of each bar: completed / stated, and the rate ("未说明" when no status is stated).
          Plot.text(sections, {
            y: (_: unknown, i: number) => i,
            x: "tasks",
            text: (s: SectionMetrics) => completionText(s),
            textAnchor: "start",
            dx: 4,
            ariaDescription: "completion-label",
          }),
        ],
      }),
      "文件所述状态（未说明的不计入完成率）",
    ),
  );
  root.appendChild(
    chartBox(
      "overview-evidence",
      Plot.plot({
        width,
        height,
        marginLeft,
        marginTop: 8,
        marginRight: 20,
        style: PLOT_STYLE,
        y,
        x: { label: "任务数", grid: true },
        color: {
          legend: true,
          domain: Object.values(EVIDENCE_LABEL),
          range: ["#4e79a7", "#a0cbe8", "#e15759"],
        },
        marks: [
          Plot.barX(evidenceData, {
            y: "i",
            x: "n",
            fill: "evidence",
            title: "title",
            ariaDescription: "evidence-bar",
          }),
          Plot.ruleX([0]),
        ],
      }),
      "进展证据：有数据 / 仅文字 / 无进展",
    ),
  );

  const table = h(
    "table",
    { class: "data", "data-table": "overview" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        [
          "部分",
          "任务",
          "已完成",
          "已说明状态",
          "完成率",
          "有数据",
          "仅文字",
          "无进展",
          "无期限",
          "发现",
        ].map((t) => h("th", { scope: "col" }, t)),
      ),
    ),
    h(
      "tbody",
      {},
      sections.map((s, i) => {
        const key = sectionKey(s.source, s.section);
        const cell = (field: string, value: string | number) =>
          h("td", { "data-field": field }, String(value));
        return h(
          "tr",
          { "data-row": key },
          h("th", { scope: "row" }, h("a", { href: tasksHref({ section: key }) }, labels[i] ?? "")),
          cell("tasks", s.tasks),
          cell("completed", s.status.completed),
          cell("stated", s.tasks - s.status.unstated),
          cell("completionRate", percent(s.completionRate)),
          cell("quantified", s.evidence.quantified),
          cell("narrativeOnly", s.evidence.narrativeOnly),
          cell("none", s.evidence.none),
          cell("deadlineMissing", s.deadlineMissing),
          cell("findings", findingCounts.get(key) ?? 0),
        );
      }),
    ),
  );
  root.appendChild(h("div", { class: "table-scroll" }, table));

  if (findings.length > 0) {
    root.appendChild(h("h3", {}, "发现（文件内部不一致）"));
    root.appendChild(
      h(
        "ul",
        { class: "findings", "data-list": "findings" },
        findings.map((f) =>
          h(
            "li",
            {},
            h("code", {}, f.code),
            " ",
            f.message,
            f.refs.length > 0
              ? [
                  " ",
                  h("a", { href: tasksHref({ refs: refsParam(f.refs) }) }, `查看 ${f.refs.length} 项任务`),
                ]
              : null,
          ),
        ),
      ),
    );
  }
}
