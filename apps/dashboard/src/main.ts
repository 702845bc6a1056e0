// The page: holds the corpus and the as-of date, recomputes the metrics when either changes, and
// renders the view the URL hash names (#/overview, #/coverage, #/deadlines, #/bodies, #/tasks?…).
import "./style.css";
import { computeMetrics } from "@minsheng/metrics";
import { readFiles, seedCorpus } from "./corpus";
import { h, replaceChildren } from "./dom";
import { buildModel, type Corpus, type Model } from "./model";
import { renderBodies } from "./views/bodies";
import { renderCoverage } from "./views/coverage";
import { renderDeadlines } from "./views/deadlines";
import { renderOverview } from "./views/overview";
import { filtersFrom, renderTasks } from "./views/tasks";

type ViewName = "overview" | "coverage" | "deadlines" | "bodies" | "tasks";

const VIEWS: Record<
  ViewName,
  {
    readonly title: string;
    readonly render: (root: HTMLElement, model: Model, params: URLSearchParams) => void;
  }
> = {
  overview: { title: "概览", render: (root, model) => renderOverview(root, model) },
  coverage: { title: "覆盖矩阵", render: (root, model) => renderCoverage(root, model) },
  deadlines: { title: "期限", render: (root, model) => renderDeadlines(root, model) },
  bodies: { title: "责任单位", render: (root, model) => renderBodies(root, model) },
  tasks: { title: "任务表", render: (root, model, params) => renderTasks(root, model, filtersFrom(params)) },
};

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`index.html lacks #${id}`);
  return el;
}

const ui = {
  asOf: byId("asof", HTMLInputElement),
  files: byId("files", HTMLInputElement),
  reset: byId("reset", HTMLButtonElement),
  status: byId("corpus-status", HTMLElement),
  notes: byId("notes", HTMLElement),
  nav: byId("tabs", HTMLElement),
  view: byId("view", HTMLElement),
  docs: byId("docs", HTMLElement),
};

/** Today in the reader's time zone, as the CLI's default as-of date. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
let asOf = new URLSearchParams(location.search).get("asof") ?? "";
if (!ISO_DATE.test(asOf)) asOf = today();
let corpus: Corpus | null = null;
let model: Model | null = null;
let generation = 0;

function route(): { view: ViewName; params: URLSearchParams } {
  const [path = "", query = ""] = location.hash.replace(/^#\/?/, "").split("?", 2);
  const view = (path in VIEWS ? path : "overview") as ViewName;
  return { view, params: new URLSearchParams(query) };
}

function renderView(): void {
  if (!model) return;
  const { view, params } = route();
  for (const a of Array.from(ui.nav.querySelectorAll("a"))) {
    if (a.dataset["view"] === view) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  ui.view.dataset["view"] = view;
  VIEWS[view].render(ui.view, model, params);
}

function renderCorpus(c: Corpus): void {
  const tasks = c.docs.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.tasks.length, 0), 0);
  replaceChildren(
    ui.status,
    c.origin === "seeds" ? "示例文件（构建时打包）" : "你的文件",
    "：",
    h("b", { "data-figure": "corpus-docs" }, String(c.docs.length)),
    " 份，",
    h("b", { "data-figure": "corpus-tasks" }, String(tasks)),
    " 项任务",
  );
  ui.reset.hidden = c.origin === "seeds";
  replaceChildren(
    ui.notes,
    c.notes.map((n) => h("li", {}, n)),
  );
  replaceChildren(
    ui.docs,
    c.docs.map((d) =>
      h(
        "li",
        { "data-doc": d.source.path },
        h("span", { class: "doc-name" }, d.source.path),
        d.issuer ? h("span", { class: "tag" }, d.issuer.name) : null,
        d.title ? h("span", { class: "doc-title" }, d.title) : null,
        h(
          "span",
          { class: "muted" },
          ` ${d.sections.length} 个部分 · ${d.sections.reduce((n, s) => n + s.tasks.length, 0)} 项任务`,
        ),
        d.diagnostics.length > 0
          ? h(
              "details",
              { class: "diagnostics" },
              h("summary", {}, `${d.diagnostics.length} 条诊断`),
              h(
                "ul",
                {},
                d.diagnostics.map((x) =>
                  h("li", {}, `${x.severity} ${x.code}${x.line ? ` 第${x.line}行` : ""}：${x.message}`),
                ),
              ),
            )
          : null,
      ),
    ),
  );
}

/** Recomputes the metrics for the current corpus and as-of date, then redraws. */
function recompute(): void {
  if (!corpus) return;
  document.body.dataset["state"] = "computing";
  try {
    model = buildModel(corpus, computeMetrics(corpus.docs, { asOf }));
    renderCorpus(corpus);
    renderView();
  } catch (error) {
    replaceChildren(
      ui.view,
      h(
        "p",
        { class: "error", role: "alert" },
        `计算失败：${error instanceof Error ? error.message : String(error)}`,
      ),
    );
    // Surface it as an uncaught error too (console, tests), rather than only on the page.
    reportError(error);
  }
  generation += 1;
  document.body.dataset["generation"] = String(generation);
  document.body.dataset["state"] = "ready";
}

function load(next: Corpus): void {
  corpus = next;
  recompute();
}

async function loadFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  document.body.dataset["state"] = "loading";
  load(await readFiles(files));
}

// --- wiring ---
for (const [name, v] of Object.entries(VIEWS)) {
  ui.nav.appendChild(h("a", { href: `#/${name}`, "data-view": name }, v.title));
}
ui.asOf.value = asOf;
ui.asOf.addEventListener("change", () => {
  if (!ISO_DATE.test(ui.asOf.value) || ui.asOf.value === asOf) return;
  asOf = ui.asOf.value;
  recompute();
});
ui.files.addEventListener("change", () => {
  void loadFiles(Array.from(ui.files.files ?? []));
});
ui.reset.addEventListener("click", () => {
  ui.files.value = "";
  load(seedCorpus());
});
window.addEventListener("hashchange", renderView);

// Drop anywhere on the page.
document.addEventListener("dragover", (e) => {
  e.preventDefault();
  document.body.classList.add("dragging");
});
document.addEventListener("dragleave", (e) => {
  if (e.relatedTarget === null) document.body.classList.remove("dragging");
});
document.addEventListener("drop", (e) => {
  e.preventDefault();
  document.body.classList.remove("dragging");
  void loadFiles(Array.from(e.dataTransfer?.files ?? []));
});

// Charts take their container's width: redraw when it changes (phone rotation, window resize),
// except the task table, which has no chart and would lose its opened source lines.
let lastWidth = ui.view.clientWidth;
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => {
    if (ui.view.clientWidth === lastWidth || route().view === "tasks") return;
    lastWidth = ui.view.clientWidth;
    renderView();
  }, 150);
});

load(seedCorpus());
