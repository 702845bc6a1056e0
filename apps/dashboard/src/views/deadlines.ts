// Deadlines: a month-by-month timeline of every task with a deadline — one stacked segment per
// task, coloured by its light (红黄绿灯), the rule that set the light on hover — with the as-of date
// marked on the same time axis, and the red/yellow lists below.
import * as Plot from "@observablehq/plot";
import type { Light } from "@minsheng/core";
import { chartBox, isNarrow, monthRange, PLOT_STYLE, widthOf } from "../chart";
import { emptyNote, figure, h, replaceChildren } from "../dom";
import { lightReason } from "../lights";
import {
  LIGHT_COLOR,
  LIGHT_LABEL,
  refKey,
  refsParam,
  tasksHref,
  truncate,
  type Model,
  type TaskRow,
} from "../model";

const ORDER = { red: 0, yellow: 1, green: 2 } as const;

export interface DeadlinePoint {
  readonly month: string;
  readonly light: Light["light"];
  readonly row: TaskRow | null;
  /** The light itself: its reason, rule and deadline. */
  readonly entry: Light;
}

/** Lights placed on the timeline: one per task with a deadline, by month, red first within a month. */
export function deadlinePoints(model: Model): DeadlinePoint[] {
  const placed = model.metrics.deadlines.lights.map((l) => ({
    month: l.deadline.slice(0, 7),
    light: l.light,
    row: model.byRef.get(refKey(l.ref)) ?? null,
    entry: l,
  }));
  return placed.sort((a, b) => a.month.localeCompare(b.month) || ORDER[a.light] - ORDER[b.light]);
}

function taskLine(row: TaskRow): string {
  return `${row.district} ${row.ref.seq}. ${row.task.text}`;
}

/** The first instant of month `YYYY-MM` (UTC), and of the month after it. */
function monthStart(month: string, offset = 0): Date {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + offset, 1));
}

/** The middle of month `YYYY-MM`, where its column's label goes. */
function midMonth(month: string): Date {
  return new Date((monthStart(month).getTime() + monthStart(month, 1).getTime()) / 2);
}

export function renderDeadlines(root: HTMLElement, model: Model): void {
  const { deadlines, sections } = model.metrics;
  const count = (c: Light["light"]) => deadlines.lights.filter((l) => l.light === c).length;
  const missing = sections.reduce((n, s) => n + s.deadlineMissing, 0);

  replaceChildren(
    root,
    h("h2", {}, "期限 · 红黄绿灯"),
    h(
      "p",
      { class: "hint" },
      "红灯：已逾期或文件自述滞后；黄灯：30 天内到期，或进度落后于序时；绿灯：已完成或按期推进。截至日期可在页首调整。",
    ),
    h(
      "div",
      { class: "stats" },
      figure("overdue", "项逾期", deadlines.overdue.length),
      figure("dueSoon", "项 30 天内到期", deadlines.dueSoon.length),
      figure("open", "项未完成（有期限）", deadlines.open),
      figure("red", "红灯", count("red")),
      figure("yellow", "黄灯", count("yellow")),
      figure("green", "绿灯", count("green")),
      figure("deadlineMissing", "项无期限", missing),
    ),
  );
  const points = deadlinePoints(model);
  if (points.length === 0) {
    root.appendChild(emptyNote("没有带期限的任务。"));
    return;
  }

  const narrow = isNarrow(root);
  const months = monthRange([...points.map((p) => p.month), model.asOf.slice(0, 7)]);
  const first = months[0] ?? model.asOf.slice(0, 7);
  const last = months[months.length - 1] ?? first;
  // At least ~26 px per month: long ranges scroll inside the chart's box rather than squeeze.
  const width = Math.max(widthOf(root), 60 + months.length * 26);
  const tickEvery = Math.max(1, Math.ceil((months.length * (narrow ? 64 : 72)) / width));
  const asOf = new Date(`${model.asOf}T00:00:00Z`);
  const data = points.map((p) => ({
    x1: monthStart(p.month),
    x2: monthStart(p.month, 1),
    light: LIGHT_LABEL[p.light],
    href: tasksHref({ refs: refsParam([p.entry.ref]) }),
    title: [
      `${LIGHT_LABEL[p.light]}：${lightReason(p.entry, model.asOf)}`,
      `期限 ${p.row?.task.deadline?.text ?? p.entry.deadline}`,
      p.row ? truncate(taskLine(p.row), 80) : refKey(p.entry.ref),
      `（${p.entry.reason}）`,
    ].join("\n"),
  }));
  // The as-of label sits left of its rule when the rule is in the right half, so it is never cut off.
  const span = monthStart(last, 1).getTime() - monthStart(first).getTime();
  const rightHalf = asOf.getTime() - monthStart(first).getTime() > span / 2;
  root.appendChild(
    chartBox(
      "deadline-timeline",
      Plot.plot({
        width,
        height: narrow ? 300 : 340,
        marginLeft: 40,
        marginRight: 20,
        marginTop: 30,
        marginBottom: 36,
        style: PLOT_STYLE,
        x: {
          type: "utc",
          domain: [monthStart(first), monthStart(last, 1)],
          label: null,
          // A label under the middle of each month's column (every n-th month when they are many).
          ticks: months.filter((_, i) => i % tickEvery === 0).map(midMonth),
          tickSize: 0,
          tickFormat: (d: Date) =>
            d.getUTCMonth() === 0 || d.getTime() === midMonth(first).getTime()
              ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`
              : `${d.getUTCMonth() + 1}月`,
        },
        y: { label: "任务数", grid: true, nice: true },
        color: { domain: Object.values(LIGHT_LABEL), range: Object.values(LIGHT_COLOR), legend: true },
        marks: [
          // One segment per task, stacked per month (y: 1 each), so every task has its own hover text.
          Plot.rectY(data, {
            x1: "x1",
            x2: "x2",
            y: () => 1,
            fill: "light",
            insetLeft: 2,
            insetRight: 2,
            stroke: "white",
            strokeWidth: 0.5,
            href: "href",
            title: "title",
            ariaDescription: "deadline-task",
          }),
          Plot.ruleY([0]),
          Plot.ruleX([asOf], { stroke: "#333", strokeDasharray: "4,3", ariaDescription: "as-of" }),
          Plot.text([asOf], {
            x: (d: Date) => d,
            frameAnchor: "top",
            dy: -14,
            dx: rightHalf ? -4 : 4,
            textAnchor: rightHalf ? "end" : "start",
            text: () => `截至 ${model.asOf}`,
            ariaDescription: "as-of-label",
          }),
        ],
      }),
      "每格一项任务，按期限所在月份堆叠；虚线为截至日期；悬停查看亮灯原因，点击查看任务",
    ),
  );

  const list = (title: string, name: string, lights: readonly Light[]) => {
    if (lights.length === 0) return null;
    const shown = lights.slice(0, 50);
    return h(
      "section",
      { class: "light-list" },
      h("h3", {}, `${title}（${lights.length}）`),
      h(
        "ul",
        { "data-list": name },
        shown.map((l) => {
          const row = model.byRef.get(refKey(l.ref));
          return h(
            "li",
            { class: `light-${l.light}`, title: l.reason },
            h("span", { class: "dot", "aria-hidden": "true" }),
            h(
              "a",
              { href: tasksHref({ refs: refsParam([l.ref]) }) },
              row ? truncate(taskLine(row), 60) : refKey(l.ref),
            ),
            h("span", { class: "reason" }, ` — ${lightReason(l, model.asOf)}`),
          );
        }),
      ),
      lights.length > shown.length
        ? h("a", { href: tasksHref({ light: lights[0]?.light ?? "red" }) }, `查看全部 ${lights.length} 项`)
        : null,
    );
  };
  const byLight = (c: Light["light"]) => deadlines.lights.filter((l) => l.light === c);
  const lists = [list("红灯", "red", byLight("red")), list("黄灯", "yellow", byLight("yellow"))];
  for (const l of lists) if (l) root.appendChild(l);
}
