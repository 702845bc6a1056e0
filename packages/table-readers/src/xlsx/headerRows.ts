import type { CellRange } from "./parseRange";

/**
 * Joins a multi-row header into one row: a header whose first row has merged cells (a group title
 * over sub-columns, or titles spanning down) is read row by row per column, and the distinct
 * texts top to bottom joined with `/` (进展情况/已完成).
 *
 * @param rows - the sheet's rows from the header's first row on (merged cells already filled)
 * @param depth - how many of them the header spans
 * @example
 * ```ts
 * joinHeaderRows([["序号", "进展", "进展"], ["序号", "状态", "说明"]], 2); //=> ["序号", "进展/状态", "进展/说明"]
 * ```
 */
export function joinHeaderRows(rows: readonly string[][], depth: number): string[] {
  const width = rows.slice(0, depth).reduce((w, r) => Math.max(w, r.length), -Infinity);
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const row of rows.slice(0, depth)) {
      const t = row[c] ?? "";
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    return parts.join("/");
  });
}

/**
 * How many rows the header starting at row `top` spans, judged from the merges that start in it:
 * a title merged down spans its rows, and a group title merged across columns has its sub-titles
 * in the row below. Never past the sheet's last row.
 *
 * @example
 * ```ts
 * headerDepth(2, [{ top: 2, left: 3, bottom: 2, right: 4 }], 10); //=> 2
 * ```
 */
export function headerDepth(top: number, merges: readonly CellRange[], lastRow: number): number {
  let depth = 1;
  for (const m of merges) {
    if (m.top !== top) continue;
    depth = Math.max(depth, m.bottom - m.top + 1);
    if (m.right > m.left && m.bottom === m.top) depth = Math.max(depth, 2);
  }
  return Math.min(depth, Math.max(1, lastRow - top + 1));
}
