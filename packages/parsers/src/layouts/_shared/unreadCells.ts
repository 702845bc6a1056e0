import type { ColumnRole } from "./columnRoles";
import type { LayoutContext, TaskRecord } from "./types";

/**
 * Keeps a cell of a column no field reads (a column with no known name, or 备注) on its record, so
 * that {@link reportUnread} can say what was not read; a cell of any other role is for the field
 * readers and is not kept.
 * @internal
 *
 * @example
 * ```ts
 * const rec: TaskRecord = { seq: 1, cells: {}, category: null, startLine: 3, endLine: 3 };
 * keepUnread(rec, null, "完成比例", "80%", 3);
 * rec.unread; //=> [{ column: "完成比例", text: "80%", line: 3 }]
 * ```
 */
export function keepUnread(
  rec: TaskRecord,
  role: ColumnRole | null | undefined,
  column: string | undefined,
  text: string,
  line: number,
): void {
  if (!text || (role != null && role !== "notes")) return;
  (rec.unread ??= []).push({ column: column || "?", text, line });
}

/**
 * Reports the cells no field read, one warning per column of a section: its name, how many tasks
 * hold text in it, and the first such cell. Nothing a table holds is dropped without a word.
 * @internal
 *
 * @example
 * ```ts
 * const said: string[] = [];
 * const rec: TaskRecord = { seq: 1, cells: {}, category: null, startLine: 3, endLine: 3 };
 * keepUnread(rec, "notes", "备注", "已验收", 3);
 * reportUnread([rec], { mark: () => {}, report: (d) => void said.push(d.code) });
 * said; //=> ["column_unread"]
 * ```
 */
export function reportUnread(records: readonly TaskRecord[], ctx: Pick<LayoutContext, "report">): void {
  const columns = new Map<string, { tasks: number; first: { text: string; line: number } }>();
  for (const rec of records) {
    if (!rec.unread) continue;
    const counted = new Set<string>();
    for (const cell of rec.unread) {
      const seen = columns.get(cell.column);
      if (!seen) columns.set(cell.column, { tasks: 1, first: cell });
      else if (!counted.has(cell.column)) seen.tasks++;
      counted.add(cell.column);
    }
  }
  for (const [column, { tasks, first }] of columns)
    ctx.report({
      code: "column_unread",
      severity: "warning",
      message: `Column “${column.slice(0, 20)}” is read into no field: ${tasks === 1 ? "1 task holds" : `${tasks} tasks hold`} text in it, the first at line ${first.line}: “${first.text.slice(0, 30)}”.`,
      line: first.line,
    });
}
