import { toMarkdownTable, toTextTable } from "../output/renderTable";
import { displayWidth } from "../output/displayWidth";
import type { Block } from "./Block";

/** Renders blocks as Markdown (what `--out report.md` and pipes get). */
export function renderMarkdown(blocks: readonly Block[]): string {
  const parts = blocks.map((b) => {
    if (b.kind === "heading") return `${"#".repeat(b.level)} ${b.text}`;
    if (b.kind === "paragraph") return b.text;
    return b.table.rows.length === 0 ? `_${b.empty ?? "None."}_` : toMarkdownTable(b.table);
  });
  return `${parts.join("\n\n")}\n`;
}

/** Renders blocks for a terminal: underlined headings, aligned tables cut to the terminal width. */
export function renderText(blocks: readonly Block[], width: number): string {
  const parts = blocks.map((b) => {
    if (b.kind === "heading")
      return `${b.text}\n${(b.level === 1 ? "═" : "─").repeat(Math.min(width, displayWidth(b.text)))}`;
    if (b.kind === "paragraph") return b.text.replace(/\*\*/g, "").replace(/`/g, "");
    return b.table.rows.length === 0 ? `  ${b.empty ?? "None."}` : toTextTable(b.table, width);
  });
  return `${parts.join("\n\n")}\n`;
}
