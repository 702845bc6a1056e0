// Coverage matrix: city items (rows) × districts (columns). A cell means the district's documents
// cite the item; it shows the number as the district cites it (districts renumber) and links to the tasks.
import * as Plot from "@observablehq/plot";
import type { CoverageRow } from "@minsheng/core";
import { chartBox, fit, isNarrow, PLOT_STYLE, widthOf } from "../chart";
import { emptyNote, figure, h, replaceChildren } from "../dom";
import { tasksHref, type Model } from "../model";

const PROGRAMME = { livelihood: "市民生实事", "work-report": "市政府工作报告重点任务" } as const;

export interface CoverageCell {
  readonly key: string;
  readonly district: string;
  readonly numbers: readonly number[];
  readonly tasks: number;
}

/** One cell per (item, district) that has citations; several citations (two reports) share a cell. */
export function coverageCells(rows: readonly CoverageRow[]): CoverageCell[] {
  const cells = new Map<string, { key: string; district: string; numbers: Set<number>; tasks: number }>();
  for (const row of rows) {
    for (const c of row.citations) {
      const id = `${row.key}\u0000${c.district}`;
      const cell = cells.get(id) ?? {
        key: row.key,
        district: c.district,
        numbers: new Set<number>(),
        tasks: 0,
      };
      cell.numbers.add(c.number);
      cell.tasks += 1;
      cells.set(id, cell);
    }
  }
  return [...cells.values()].map((c) => ({ ...c, numbers: [...c.numbers].sort((a, b) => a - b) }));
}

/** A row's label: the item's text (districts number the same item differently; the numbers are in the cells). */
function itemLabel(row: CoverageRow): string {
  return row.text ?? row.key;
}

/** `2024 市民生实事`: what a group of rows (one year, one programme) is. */
function groupLabel(row: CoverageRow): string {
  return `${row.year} ${PROGRAMME[row.programme]}`;
}

/** The lowest item number a row's citations give (folded: a row may have more citations than a call takes arguments). */
const firstNumber = (row: Model["metrics"]["coverage"][number]): number =>
  row.citations.reduce((n, c) => Math.min(n, c.number), Infinity);

export function renderCoverage(root: HTMLElement, model: Model): void {
  const rows = [...model.metrics.coverage].sort(
    (a, b) =>
      b.year - a.year ||
      a.programme.localeCompare(b.programme) ||
      b.districts.length - a.districts.length ||
      firstNumber(a) - firstNumber(b),
  );
  const districts = [...new Set(rows.flatMap((r) => r.districts))].sort((a, b) =>
    a.localeCompare(b, "zh-CN"),
  );
  const cells = coverageCells(rows);
  const shared = rows.filter((r) => r.districts.length > 1).length;

  replaceChildren(
    root,
    h("h2", {}, "覆盖矩阵 · 市级实事 × 各区"),
    h(
      "div",
      { class: "stats" },
      figure("items", "项市级事项被引用", rows.length),
      figure("districts", "个区", districts.length),
      figure("cells", "个引用格", cells.length),
      figure("shared", "项被多个区引用", shared),
    ),
  );
  if (rows.length === 0) {
    root.appendChild(emptyNote("没有任务引用市级实事（市实事第 N 项 / 市政府工作报告重点任务）。"));
    return;
  }
  root.appendChild(
    h(
      "p",
      { class: "hint" },
      "格内数字为该区文件引用时的编号（各区编号不同）；颜色越深任务越多；点击格子查看对应任务。",
    ),
  );

  // One matrix per year and programme: the caption says which, so row labels can be the item itself.
  const groups = new Map<string, CoverageRow[]>();
  for (const r of rows) groups.set(groupLabel(r), [...(groups.get(groupLabel(r)) ?? []), r]);
  const narrow = isNarrow(root);
  const available = widthOf(root);
  const marginLeft = narrow ? 150 : Math.min(420, Math.max(240, available - districts.length * 110));
  const column = narrow ? 64 : 96;
  const width = Math.max(
    Math.min(available, marginLeft + districts.length * column + 10),
    marginLeft + districts.length * 48,
  );
  const maxTasks = cells.reduce((n, c) => Math.max(n, c.tasks), 2);
  for (const [group, groupRows] of groups) {
    const keys = new Set(groupRows.map((r) => r.key));
    const data = cells
      .filter((c) => keys.has(c.key))
      .map((c) => {
        const row = groupRows.find((r) => r.key === c.key);
        return {
          ...c,
          label: c.numbers.join("/"),
          href: tasksHref({ item: c.key, district: c.district }),
          title: `${group} · ${row ? itemLabel(row) : c.key}\n${c.district}：第${c.numbers.join("/")}项，${c.tasks} 项任务（点击查看）`,
        };
      });
    const groupShared = groupRows.filter((r) => r.districts.length > 1).length;
    root.appendChild(
      chartBox(
        "coverage-matrix",
        Plot.plot({
          width,
          height: 40 + groupRows.length * 24,
          marginLeft,
          marginTop: 30,
          marginBottom: 10,
          style: PLOT_STYLE,
          x: { domain: districts, axis: "top", label: null, tickSize: 0 },
          y: {
            domain: groupRows.map((r) => r.key),
            label: null,
            tickSize: 0,
            tickFormat: (k: string) => {
              const row = groupRows.find((r) => r.key === k);
              return fit(row ? itemLabel(row) : k, marginLeft - 24);
            },
          },
          color: { type: "linear", domain: [0, maxTasks], range: ["#6baed6", "#08306b"] },
          marks: [
            Plot.cell(data, {
              x: "district",
              y: "key",
              fill: "tasks",
              inset: 1.5,
              rx: 3,
              href: "href",
              title: "title",
              ariaDescription: "coverage-cell",
            }),
            Plot.text(data, {
              x: "district",
              y: "key",
              text: "label",
              fill: "white",
              pointerEvents: "none",
              ariaDescription: "coverage-number",
            }),
          ],
        }),
        `${group}：${groupRows.length} 项${groupShared ? `，其中 ${groupShared} 项被多个区引用（排在前面）` : ""}`,
      ),
    );
  }
}
