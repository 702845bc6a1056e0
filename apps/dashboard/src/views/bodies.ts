// Bodies (责任单位): how many tasks each body leads and assists, and which bodies work together
// (a lead and an assist named on the same task).
import * as Plot from "@observablehq/plot";
import { chartBox, isNarrow, PLOT_STYLE, widthOf } from "../chart";
import { emptyNote, figure, h, replaceChildren } from "../dom";
import { tasksHref, truncate, unitLabel, type Model } from "../model";

const UNIT_KIND: Record<string, string> = {
  "district-body": "区级部门",
  "city-body": "市级部门",
  "city-branch": "市级部门分支",
  street: "街道（乡镇）",
  police: "公安",
  enterprise: "企业",
  collective: "集合称谓",
  other: "其他",
};

/** The chart shows the busiest bodies; the table below lists them all. */
const CHART_TOP = 30;
const MATRIX_TOP = 25;

export function renderBodies(root: HTMLElement, model: Model): void {
  const units = [...model.metrics.units].sort(
    (a, b) => b.lead + b.assist - (a.lead + a.assist) || b.lead - a.lead || a.id.localeCompare(b.id),
  );
  const pairs = model.metrics.collaboration;
  const collectives = units.filter((u) => u.collective).length;

  replaceChildren(
    root,
    h("h2", {}, "责任单位 · 牵头与协办"),
    h(
      "div",
      { class: "stats" },
      figure("units", "个单位", units.length),
      figure(
        "leadSlots",
        "次牵头",
        units.reduce((n, u) => n + u.lead, 0),
      ),
      figure(
        "assistSlots",
        "次协办",
        units.reduce((n, u) => n + u.assist, 0),
      ),
      figure("pairs", "对协作关系", pairs.length),
      figure("collectives", "个集合称谓（各街道等）", collectives),
    ),
  );
  if (units.length === 0) {
    root.appendChild(emptyNote("没有识别出责任单位。"));
    return;
  }

  const narrow = isNarrow(root);
  const width = widthOf(root);
  const top = units.slice(0, CHART_TOP);
  const load = top.flatMap((u) => [
    {
      id: u.id,
      role: "牵头",
      n: u.lead,
      title: `${unitLabel(model, u.id)}\n牵头 ${u.lead} 项，协办 ${u.assist} 项`,
    },
    {
      id: u.id,
      role: "协办",
      n: u.assist,
      title: `${unitLabel(model, u.id)}\n牵头 ${u.lead} 项，协办 ${u.assist} 项`,
    },
  ]);
  root.appendChild(
    chartBox(
      "bodies-load",
      Plot.plot({
        width,
        height: 50 + top.length * 22,
        marginLeft: narrow ? 130 : 240,
        marginRight: 20,
        style: PLOT_STYLE,
        y: {
          domain: top.map((u) => u.id),
          label: null,
          tickFormat: (id: string) => truncate(unitLabel(model, id), narrow ? 10 : 19),
        },
        x: { label: "任务数", grid: true },
        color: { domain: ["牵头", "协办"], range: ["#4e79a7", "#a0cbe8"], legend: true },
        marks: [
          Plot.barX(load, {
            y: "id",
            x: "n",
            fill: "role",
            title: "title",
            href: (d: { id: string }) => tasksHref({ body: d.id }),
            ariaDescription: "load-bar",
          }),
          Plot.ruleX([0]),
        ],
      }),
      units.length > CHART_TOP
        ? `任务最多的 ${CHART_TOP} 个单位（共 ${units.length} 个，见下表）`
        : "各单位牵头与协办的任务数",
    ),
  );

  if (pairs.length > 0) {
    // The matrix keeps the bodies in the most collaborations so it stays legible; all pairs are in the links.
    const weight = new Map<string, number>();
    for (const p of pairs) {
      weight.set(p.lead, (weight.get(p.lead) ?? 0) + p.tasks);
      weight.set(p.assist, (weight.get(p.assist) ?? 0) + p.tasks);
    }
    const keep = (ids: string[]) =>
      [...new Set(ids)].sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0)).slice(0, MATRIX_TOP);
    const leads = keep(pairs.map((p) => p.lead));
    const assists = keep(pairs.map((p) => p.assist));
    const shown = pairs.filter((p) => leads.includes(p.lead) && assists.includes(p.assist));
    const data = shown.map((p) => ({
      ...p,
      href: tasksHref({ body: p.lead, with: p.assist }),
      title: `${unitLabel(model, p.lead)} 牵头\n${unitLabel(model, p.assist)} 协办\n共 ${p.tasks} 项任务`,
    }));
    const marginLeft = narrow ? 120 : 220;
    root.appendChild(
      chartBox(
        "bodies-collaboration",
        Plot.plot({
          // Near-square cells: as wide as the columns need, not the whole screen.
          width: Math.max(
            Math.min(width, marginLeft + 60 + assists.length * 44),
            marginLeft + 40 + assists.length * 26,
          ),
          height: 150 + leads.length * 24,
          marginLeft,
          marginBottom: 130,
          style: PLOT_STYLE,
          x: {
            domain: assists,
            label: null,
            tickFormat: (id: string) => truncate(unitLabel(model, id), 10),
            tickRotate: -60,
          },
          y: {
            domain: leads,
            label: null,
            tickFormat: (id: string) => truncate(unitLabel(model, id), narrow ? 9 : 17),
          },
          color: {
            type: "linear",
            domain: [0, shown.reduce((n, p) => Math.max(n, p.tasks), 2)],
            range: ["#6baed6", "#08306b"],
          },
          marks: [
            Plot.cell(data, {
              x: "assist",
              y: "lead",
              fill: "tasks",
              inset: 1,
              href: "href",
              title: "title",
              ariaDescription: "pair-cell",
            }),
            Plot.text(data, { x: "assist", y: "lead", text: "tasks", fill: "white", pointerEvents: "none" }),
          ],
        }),
        shown.length < pairs.length
          ? `谁与谁合作：牵头单位（行）× 协办单位（列），显示 ${shown.length} / ${pairs.length} 对（协作最多的单位）`
          : "谁与谁合作：牵头单位（行）× 协办单位（列），格内为共同任务数",
      ),
    );
  }

  const table = h(
    "table",
    { class: "data", "data-table": "bodies" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["单位", "写法", "区", "类别", "牵头", "协办"].map((t) => h("th", { scope: "col" }, t)),
      ),
    ),
    h(
      "tbody",
      {},
      units.map((u) =>
        h(
          "tr",
          { "data-row": u.id },
          h("th", { scope: "row" }, h("a", { href: tasksHref({ body: u.id }) }, unitLabel(model, u.id))),
          h("td", { "data-field": "names" }, u.names.join("、")),
          h("td", { "data-field": "district" }, u.district ?? "—"),
          h(
            "td",
            { "data-field": "kind" },
            u.collective
              ? "集合称谓"
              : u.parent
                ? `下属：${unitLabel(model, u.parent)}`
                : (UNIT_KIND[u.kind] ?? u.kind),
          ),
          h("td", { "data-field": "lead" }, String(u.lead)),
          h("td", { "data-field": "assist" }, String(u.assist)),
        ),
      ),
    ),
  );
  root.appendChild(h("div", { class: "table-scroll" }, table));
}
