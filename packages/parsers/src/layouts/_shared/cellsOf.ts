import type { SourceLine } from "../../_lib/SourceLine";
import { collapseSpaces } from "../../_lib/lines";

// `cell | cell | cell` rows (tables flattened by a web or markdown export). Needs two bars.
const PIPE = /[|｜]/;

/**
 * The cells of a line: its tab cells, or its `|`-separated cells, or (when `spaced`) its cells
 * separated by runs of two or more spaces; null for a plain line.
 * @internal
 */
export function cellsOf(line: SourceLine, spaced = false): string[] | null {
  if (line.cells) return [...line.cells];
  const raw = line.raw;
  if (PIPE.test(raw)) {
    const parts = raw.split(/[|｜]/).map(collapseSpaces);
    // Leading/trailing bars (| a | b |) leave empty ends.
    if (parts[0] === "") parts.shift();
    if (parts.length && parts[parts.length - 1] === "") parts.pop();
    if (parts.length >= 2 && !parts.every((p) => /^[-:—\s]*$/.test(p))) return parts;
    if (parts.length >= 2) return []; // a markdown separator row |---|---|
  }
  if (spaced) {
    const parts = raw
      .trim()
      .split(/[ \u3000]{2,}/)
      .map(collapseSpaces);
    if (parts.length >= 2) return parts;
  }
  return null;
}
