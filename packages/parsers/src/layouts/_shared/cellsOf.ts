import type { SourceLine } from "../../_lib/SourceLine";
import { collapseSpaces } from "../../_lib/lines";
import { isWideCode } from "../../_lib/text/displayWidth";

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
  const spans = spacedCellSpans(line.raw);
  return spans.length >= 2 ? spans.map((c) => c.text) : null;
}

/**
 * The cells of a line separated by runs of two or more spaces (the parts of
 * `raw.trim().split(/[ \u3000]{2,}/)`, whitespace folded), each with the display column it starts at: wide characters (CJK, full-width, U+3000)
 * count two, others one, from the start of the raw line, indentation included.
 * @internal
 *
 * @example
 * ```ts
 * spacedCellSpans("序号  项目内容"); //=> [{ text: "序号", start: 0 }, { text: "项目内容", start: 6 }]
 * ```
 */
export function spacedCellSpans(raw: string): { text: string; start: number }[] {
  // The parts of raw.trim().split(/[ \u3000]{2,}/), walked by hand to count the columns.
  const out: { text: string; start: number }[] = [];
  const text = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  let col = 0;
  for (let i = 0; i < lead; i++) col += widthOf(raw.charCodeAt(i));
  let partFrom = 0;
  let partCol = col;
  for (let i = 0; i < text.length;) {
    if (isGapCode(text.charCodeAt(i)) && isGapCode(text.charCodeAt(i + 1))) {
      out.push({ text: collapseSpaces(text.slice(partFrom, i)), start: partCol });
      for (; i < text.length && isGapCode(text.charCodeAt(i)); i++) col += widthOf(text.charCodeAt(i));
      partFrom = i;
      partCol = col;
    } else col += widthOf(text.charCodeAt(i++));
  }
  if (text.length > 0) out.push({ text: collapseSpaces(text.slice(partFrom)), start: partCol });
  return out;
}

/** A space or an ideographic space: a run of two separates spaced cells. */
function isGapCode(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

function widthOf(c: number): number {
  return isWideCode(c) ? 2 : 1;
}

/**
 * The spaced cells of a row placed under the columns of a header whose cells start at display
 * columns `starts`: when the row has as many cells as the header, or more, they are taken in
 * order; when it has fewer (an empty cell, or a wrapped line indented to the cell it continues),
 * each goes to the column it lines up with, in order, the skipped columns left empty (for headers of
 * up to 64 cells). Null when the row has one cell and starts at the line's start (a plain line).
 * @internal
 *
 * @example
 * ```ts
 * alignedSpacedCells("1   托位   2024年12月", [0, 4, 11, 22]); //=> ["1", "托位", "", "2024年12月"]
 * ```
 */
export function alignedSpacedCells(raw: string, starts: readonly number[]): string[] | null {
  const spans = spacedCellSpans(raw);
  if (spans.length === 0 || (spans.length === 1 && (spans[0]?.start ?? 0) === 0)) return null;
  // Placing costs spans × columns: past 64 columns (no report has that many) a row stays in order,
  // so that a header of thousands of cells cannot make every row cost thousands of steps per cell.
  if (spans.length >= starts.length || starts.length > MAX_PLACED_COLUMNS) return spans.map((s) => s.text);
  return placeSpans(spans, starts);
}

const MAX_PLACED_COLUMNS = 64;

/**
 * Places `spans` (fewer than the columns) under columns in order, so that the sum of the distances
 * between each span's start and its column's start is least: the skipped columns are the ones no
 * cell lines up with. A table of cost by (spans placed, columns used), O(spans × columns).
 */
function placeSpans(spans: readonly { text: string; start: number }[], starts: readonly number[]): string[] {
  const n = spans.length;
  const m = starts.length;
  // cost[i * (m + 1) + j]: least cost of placing the first i spans in the first j columns
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity);
  for (let j = 0; j <= m; j++) cost[j] = 0;
  for (let i = 1; i <= n; i++)
    for (let j = i; j <= m; j++) {
      const skip = cost[i * (m + 1) + j - 1] as number;
      const place =
        (cost[(i - 1) * (m + 1) + j - 1] as number) +
        Math.abs((spans[i - 1]?.start ?? 0) - (starts[j - 1] ?? 0));
      cost[i * (m + 1) + j] = Math.min(skip, place);
    }
  const cells = new Array<string>(m).fill("");
  for (let i = n, j = m; i > 0; j--) {
    const here = cost[i * (m + 1) + j] as number;
    // keep the span in column j unless skipping column j costs the same (then the earlier column wins later)
    if (j > i && (cost[i * (m + 1) + j - 1] as number) === here) continue;
    cells[j - 1] = spans[i - 1]?.text ?? "";
    i--;
  }
  return cells;
}
