import type { Block } from "../report/Block";
import { formatQuantities } from "../tables/formatQuantity";
import type { DiffTask, DocumentDiff } from "./diffDocuments";

const short = (s: string) => {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
};

const taskRows = (list: readonly DiffTask[]) =>
  list.map((x) => [
    x.section,
    x.task.seq,
    short(x.task.text),
    x.task.deadline?.date ?? "",
    x.task.progress?.status ?? "",
  ]);

/** The diff as blocks for Markdown or the terminal. */
export function diffBlocks(d: DocumentDiff): Block[] {
  const cols = ["section", "seq", "task", "deadline", "stated"];
  return [
    { kind: "heading", level: 1, text: `Changes${d.district ? ` in ${d.district}` : ""}` },
    {
      kind: "paragraph",
      text: `From \`${d.older}\` to \`${d.newer}\`: ${d.added.length} added · ${d.dropped.length} dropped · ${d.statusMoves.length} status moves · ${d.newFigures.length} tasks with new figures · ${d.unchanged} unchanged`,
    },
    { kind: "heading", level: 2, text: "Status moves" },
    {
      kind: "table",
      table: {
        name: "status moves",
        columns: ["seq before", "seq now", "task", "before", "now"],
        rows: d.statusMoves.map((m) => [
          m.from.task.seq,
          m.to.task.seq,
          short(m.to.task.text),
          m.statusFrom ?? "unstated",
          m.statusTo ?? "unstated",
        ]),
      },
      empty: "No status moved.",
    },
    { kind: "heading", level: 2, text: "New figures" },
    {
      kind: "table",
      table: {
        name: "new figures",
        columns: ["seq", "task", "new actuals"],
        rows: d.newFigures.map((f) => [f.to.task.seq, short(f.to.task.text), formatQuantities(f.actuals)]),
      },
      empty: "No new figures.",
    },
    { kind: "heading", level: 2, text: "Added tasks" },
    { kind: "table", table: { name: "added", columns: cols, rows: taskRows(d.added) }, empty: "None." },
    { kind: "heading", level: 2, text: "Dropped tasks" },
    { kind: "table", table: { name: "dropped", columns: cols, rows: taskRows(d.dropped) }, empty: "None." },
  ];
}
