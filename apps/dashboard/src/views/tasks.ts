// The task table: every task of every document, searchable and filterable, each with the source
// lines it was read from — the place every chart links to.
import { h, replaceChildren } from "../dom";
import { lightReason } from "../lights";
import {
  fileName,
  LIGHT_LABEL,
  parseRefsParam,
  sectionKey,
  STATUS_LABEL,
  statusOf,
  tasksHref,
  unitLabel,
  type Model,
  type TaskRow,
} from "../model";

/** Filters, as read from and written to the URL hash (`#/tasks?district=…`), so charts can link here. */
export type TaskFilters = Partial<
  Record<"q" | "district" | "body" | "with" | "status" | "light" | "item" | "section" | "refs", string>
>;

/** How many task rows are made at a time. */
const PAGE = 200;

const FILTER_NAMES = ["q", "district", "body", "with", "status", "light", "item", "section", "refs"] as const;

export function filtersFrom(params: URLSearchParams): TaskFilters {
  const out: TaskFilters = {};
  for (const name of FILTER_NAMES) {
    const v = params.get(name);
    if (v) out[name] = v;
  }
  return out;
}

function searchable(row: TaskRow): string {
  const t = row.task;
  return [
    t.text,
    t.category ?? "",
    t.units.map((u) => u.name).join(" "),
    t.leaders.join(" "),
    t.progress?.text ?? "",
    t.deadline?.text ?? "",
    row.district,
  ]
    .join("\n")
    .toLowerCase();
}

/** The rows the filters keep (exported for reuse; the tests count rows on the page instead). */
export function applyFilters(rows: readonly TaskRow[], f: TaskFilters): TaskRow[] {
  const refs = f.refs ? parseRefsParam(f.refs) : null;
  const q = f.q?.trim().toLowerCase();
  return rows.filter((row) => {
    const units = row.task.units;
    if (refs && !refs.has(row.key)) return false;
    if (f.section && sectionKey(row.ref.source, row.ref.section) !== f.section) return false;
    if (f.district && row.district !== f.district) return false;
    if (f.body && !units.some((u) => u.id === f.body && (!f.with || u.role === "lead"))) return false;
    if (f.with && !units.some((u) => u.id === f.with && u.role === "assist")) return false;
    if (f.status && statusOf(row.task) !== f.status) return false;
    if (f.light && (row.light?.light ?? "none") !== f.light) return false;
    if (f.item && row.task.cityItem?.key !== f.item) return false;
    if (q && !searchable(row).includes(q)) return false;
    return true;
  });
}

function select(
  name: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string | undefined,
) {
  return h(
    "label",
    { class: "filter" },
    h("span", {}, label),
    h(
      "select",
      { name, "data-filter": name },
      h("option", { value: "" }, "全部"),
      options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)),
    ),
  );
}

function sourceLines(model: Model, row: TaskRow): HTMLElement {
  const { startLine, endLine } = row.task.span;
  const range = startLine === endLine ? `第 ${startLine} 行` : `第 ${startLine}–${endLine} 行`;
  const details = h(
    "details",
    { class: "source" },
    h("summary", { title: `${row.ref.source} ${range}` }, range),
  );
  // Filled on first open: the table can hold hundreds of tasks, most never expanded.
  details.addEventListener(
    "toggle",
    () => {
      const lines = model.corpus.lines.get(row.ref.source);
      if (!lines) {
        details.appendChild(h("p", { class: "muted" }, "原文不可用"));
        return;
      }
      const pre = h("pre", { "data-source-lines": "" });
      for (let n = startLine; n <= Math.min(endLine, lines.length); n++) {
        pre.appendChild(h("span", { class: "ln" }, String(n).padStart(4, " ")));
        pre.appendChild(document.createTextNode(` ${lines[n - 1] ?? ""}\n`));
      }
      details.appendChild(pre);
    },
    { once: true },
  );
  return details;
}

function taskRow(model: Model, row: TaskRow): HTMLTableRowElement {
  const t = row.task;
  const status = statusOf(t);
  const lead = t.units.filter((u) => u.role === "lead");
  const assist = t.units.filter((u) => u.role === "assist");
  return h(
    "tr",
    { "data-row": row.key },
    h(
      "td",
      { "data-label": "来源" },
      h("div", {}, row.district),
      h("div", { class: "muted" }, `第 ${row.ref.section + 1} 部分 · 第 ${row.ref.seq} 项`),
      h("div", { class: "file" }, fileName(row.ref.source)),
    ),
    h(
      "td",
      { "data-label": "任务", class: "task-text" },
      h("div", { "data-field": "text" }, t.text),
      t.category ? h("span", { class: "tag" }, t.category) : null,
      t.cityItem
        ? h(
            "a",
            { class: "tag", href: tasksHref({ item: t.cityItem.key }) },
            `${t.cityItem.year} ${t.cityItem.programme === "livelihood" ? "市实事" : "市工作报告"}第${t.cityItem.number}项`,
          )
        : null,
      t.progress?.text ? h("div", { class: "progress-text" }, t.progress.text) : null,
    ),
    h(
      "td",
      { "data-label": "单位" },
      lead.map((u) => h("div", { class: "lead" }, u.name)),
      assist.map((u) => h("div", { class: "muted" }, `协办：${u.name}`)),
    ),
    h("td", { "data-label": "期限" }, t.deadline?.text ?? "—"),
    h("td", { "data-label": "状态", "data-field": "status" }, t.progress?.statusText ?? STATUS_LABEL[status]),
    h(
      "td",
      { "data-label": "灯", "data-field": "light" },
      row.light
        ? [
            h("span", { class: `dot light-${row.light.light}`, "aria-hidden": "true" }),
            LIGHT_LABEL[row.light.light],
            h("div", { class: "reason", title: row.light.reason }, lightReason(row.light, model.asOf)),
          ]
        : "—",
    ),
    h("td", { "data-label": "原文" }, sourceLines(model, row)),
  );
}

export function renderTasks(root: HTMLElement, model: Model, filters: TaskFilters): void {
  const f: TaskFilters = { ...filters };
  const districts = [...new Set(model.tasks.map((r) => r.district))].sort((a, b) =>
    a.localeCompare(b, "zh-CN"),
  );
  const bodies = [...model.units.keys()]
    .map((id) => [id, unitLabel(model, id)] as const)
    .sort((a, b) => a[1].localeCompare(b[1], "zh-CN"));
  const statuses = Object.entries(STATUS_LABEL) as [string, string][];
  const lights: [string, string][] = [
    ...(Object.entries(LIGHT_LABEL) as [string, string][]),
    ["none", "无灯（无期限）"],
  ];

  const search = h("input", {
    type: "search",
    name: "q",
    "data-filter": "q",
    placeholder: "搜索任务、单位、进展…",
    value: f.q ?? "",
    "aria-label": "搜索",
  });
  const controls = h(
    "form",
    { class: "filters", role: "search" },
    h("label", { class: "filter grow" }, h("span", {}, "搜索"), search),
    select(
      "district",
      "区",
      districts.map((d) => [d, d] as const),
      f.district,
    ),
    select("body", "单位", bodies, f.body),
    select("status", "状态", statuses, f.status),
    select("light", "灯", lights, f.light),
  );
  const chips = h("div", { class: "chips" });
  const shown = h("span", { "data-figure": "shown" });
  const tbody = h("tbody");

  // Rows are made in pages: a big corpus has thousands of tasks, and each row is a dozen elements.
  let limit = PAGE;
  const more = h("button", { type: "button", class: "more", hidden: true });
  more.addEventListener("click", () => {
    limit += PAGE;
    update();
  });
  const update = () => {
    const rows = applyFilters(model.tasks, f);
    tbody.replaceChildren(...rows.slice(0, limit).map((r) => taskRow(model, r)));
    shown.textContent = String(rows.length);
    more.hidden = rows.length <= limit;
    more.textContent = `再显示 ${Math.min(PAGE, rows.length - limit)} 项（已显示 ${Math.min(limit, rows.length)} / ${rows.length}）`;
    // Filters a link set but no control shows (city item, section, task list, partner body) are chips.
    const hidden = (["item", "section", "refs", "with"] as const).filter((k) => f[k]);
    chips.replaceChildren(
      ...hidden.map((k) => {
        const text =
          k === "item"
            ? "市级事项"
            : k === "section"
              ? "部分"
              : k === "refs"
                ? "指定任务"
                : `协办：${unitLabel(model, f.with ?? "")}`;
        const button = h("button", { type: "button", class: "chip", "data-chip": k }, `${text} ✕`);
        button.addEventListener("click", () => {
          delete f[k];
          sync();
        });
        return button;
      }),
    );
  };
  const sync = () => {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(f)) if (v) params[k] = v;
    // replaceState: filtering is not navigation, and it must not fire hashchange (a full re-render).
    history.replaceState(null, "", tasksHref(params));
    update();
  };
  controls.addEventListener("input", (e) => {
    const target = e.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLSelectElement) {
      const name = target.name as keyof TaskFilters;
      if (target.value) f[name] = target.value;
      else delete f[name];
      limit = PAGE;
      sync();
    }
  });
  controls.addEventListener("submit", (e) => e.preventDefault());

  replaceChildren(
    root,
    h("h2", {}, "任务表"),
    controls,
    h(
      "p",
      { class: "count" },
      "显示 ",
      shown,
      ` / `,
      h("span", { "data-figure": "total" }, String(model.tasks.length)),
      " 项任务",
    ),
    chips,
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "data tasks", "data-table": "tasks" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ["来源", "任务", "单位", "期限", "状态", "灯", "原文"].map((t) => h("th", { scope: "col" }, t)),
          ),
        ),
        tbody,
      ),
    ),
    more,
  );
  update();
}
