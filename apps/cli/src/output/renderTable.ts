import { displayWidth, padToWidth, truncateToWidth } from "./displayWidth";
import { cellToString, type Table } from "./Table";

const oneLine = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .join(" ");

/**
 * A table as GitHub Markdown: pipes and newlines in cells escaped so each row stays one line.
 *
 * @example
 * ```ts
 * toMarkdownTable({ name: "t", columns: ["a"], rows: [["x|y"]] });
 * //=> "| a |\n| --- |\n| x\\|y |"
 * ```
 */
export function toMarkdownTable(table: Table): string {
  const cell = (s: string) => oneLine(s).replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [
    line(table.columns),
    line(table.columns.map(() => "---")),
    ...table.rows.map((r) => line(r.map(cellToString))),
  ].join("\n");
}

/**
 * A table for a terminal: columns aligned by display width (Chinese counts two), long cells cut
 * so the table fits `maxWidth` columns; the widest columns give way first.
 */
export function toTextTable(table: Table, maxWidth = 120): string {
  const cells = [table.columns.map(String), ...table.rows.map((r) => r.map((v) => oneLine(cellToString(v))))];
  // Folded, not spread into Math.max: a table can hold more rows than a call takes arguments.
  const widths = table.columns.map((_, i) =>
    cells.reduce((w, r) => Math.max(w, displayWidth(r[i] ?? "")), 0),
  );
  const budget = maxWidth - 2 * (widths.length - 1);
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const widest = widths.indexOf(widths.reduce((a, b) => Math.max(a, b), 0));
    if ((widths[widest] ?? 0) <= 8) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const render = (r: readonly string[]) =>
    r
      .map((c, i) => padToWidth(truncateToWidth(c, widths[i] ?? 0), widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  const [header = [], ...body] = cells;
  return [render(header), rule, ...body.map(render)].join("\n");
}
