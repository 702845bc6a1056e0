import type { SourceLine } from "../../_lib/SourceLine";
import { collapseSpaces } from "../../_lib/lines";

// `cell | cell | cell` rows (tables flattened by a web or markdown export). Needs two bars.
const PIPE = /[|｜]/;

/**
 * The cells of a line: its tab cells, or its `|`-separated cells, or (when `spaced`) its cells
 * separated by runs of two or more spaces; null for a plain line. The tab cells are the line's
 * own array, not a copy: read them, do not change them.
 * @internal
 *
 * @example
 * ```ts
 * const line = (raw: string) => ({ no: 1, raw, text: raw, cells: null });
 * cellsOf(line("| 序号 | 项目内容 |")); //=> ["序号", "项目内容"]
 * cellsOf(line("1  新增托位  区教委"), true); //=> ["1", "新增托位", "区教委"]
 * cellsOf(line("新增托位")); //=> null
 * ```
 */
export function cellsOf(line: SourceLine, spaced = false): readonly string[] | null {
  return line.cells ?? barCellsOf(line) ?? (spaced ? spacedCellsOf(line) : null);
}

/**
 * The `|`-separated cells of a line (`[]` for a markdown separator row `|---|---|`), or null when
 * the line has fewer than two.
 * @internal
 *
 * @example
 * ```ts
 * barCellsOf({ no: 1, raw: "| 序号 | 项目内容 |", text: "| 序号 | 项目内容 |", cells: null });
 * //=> ["序号", "项目内容"]
 * barCellsOf({ no: 1, raw: "|---|---|", text: "|---|---|", cells: null }); //=> []
 * ```
 */
export function barCellsOf(line: SourceLine): string[] | null {
  // Two plain searches before any pattern: most lines have no bar. The text has the raw line's
  // bars (only whitespace is collapsed) and is often shorter.
  if (!line.text.includes("|") && !line.text.includes("｜")) return null;
  const parts = line.raw.split(PIPE).map(collapseSpaces);
  // Leading/trailing bars (| a | b |) leave empty ends.
  if (parts[0] === "") parts.shift();
  if (parts.length && parts[parts.length - 1] === "") parts.pop();
  if (parts.length >= 2 && !parts.every((p) => /^[-:—\s]*$/.test(p))) return parts;
  if (parts.length >= 2) return []; // a markdown separator row |---|---|
  return null;
}

/**
 * The cells of a line separated by runs of two or more spaces, or null when it has fewer than two.
 * @internal
 *
 * @example
 * ```ts
 * spacedCellsOf({ no: 1, raw: "序号  项目内容", text: "序号 项目内容", cells: null }); //=> ["序号", "项目内容"]
 * ```
 */
export function spacedCellsOf(line: SourceLine): string[] | null {
  const parts = line.raw
    .trim()
    .split(/[ \u3000]{2,}/)
    .map(collapseSpaces);
  return parts.length >= 2 ? parts : null;
}
