// Detection stops early (a layout that cannot beat the best score is not asked; rowTable and
// numberedList return once their highest score is settled). These properties hold the early exits to
// the full counts they replaced, on the seeds and on seed-like text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SEEDS, seedLikeText } from "./robustness/seedMaterial";
import type { SourceLine } from "../src/_lib/SourceLine";
import { toSourceLines } from "../src/_lib/lines";
import { cellsOf } from "../src/layouts/_shared/cellsOf";
import { labelOf, seqMarkerOf } from "../src/layouts/_shared/lineReadings";
import { readSeqCell } from "../src/layouts/_shared/readSeqCell";
import { LineMemo } from "../src/layouts/_shared/lineMemo";
import type { Layout } from "../src/layouts/_shared/types";
import { numberedList } from "../src/layouts/numberedList/numberedList";
import { rowTable } from "../src/layouts/rowTable/rowTable";
import { LAYOUTS, mostConfident } from "../src/readSections";

const runs = Number(process.env.FC_NUM_RUNS ?? 200);

/** rowTable.detect before the early exit: every header and row of the lines counted. */
function rowTableDetectCounting(lines: readonly SourceLine[], headerOf: (l: SourceLine) => unknown): number {
  let headers = 0;
  let rows = 0;
  let spaced = false;
  for (const line of lines) {
    if (!line.text) continue;
    const h = headerOf(line) as { spaced: boolean } | null;
    if (h) {
      headers++;
      spaced = h.spaced;
    } else if (headers && readSeqCell(cellsOf(line, spaced)?.[0]) !== null) rows++;
  }
  return headers && rows ? 0.9 : headers ? 0.4 : 0;
}

/** numberedList.detect before the early exit. */
function numberedListDetectCounting(lines: readonly SourceLine[]): number {
  let items = 0;
  let labels = 0;
  for (const l of lines) {
    if (!l.text || l.cells) continue;
    const m = seqMarkerOf(l);
    if (m && m.rest.length > 4) items++;
    else if (labelOf(l)) labels++;
  }
  if (items < 2) return items && labels ? 0.6 : 0;
  return labels ? 0.8 : 0.5;
}

/** mostConfident before layouts were skipped: every layout asked. */
function mostConfidentAskingAll(lines: readonly SourceLine[], min: number): Layout | null {
  let best: Layout | null = null;
  let score = min;
  for (const layout of LAYOUTS) {
    const s = layout.detect(lines);
    if (s > score) {
      best = layout;
      score = s;
    }
  }
  return best;
}

const mostConfidentSkipping = (lines: readonly SourceLine[], min: number) =>
  mostConfident(lines, min, new LineMemo(lines));

// The header reading rowTable uses, found through its own detection: a line alone is a header
// exactly when rowTable scores the line 0.4 (a header and nothing else).
const isRowHeader = (l: SourceLine) => (rowTable.detect([l]) === 0.4 ? { spaced: spacedHeader(l) } : null);
// Whether the header's cells are spaced: then rows are split at spaces too. A header is spaced when
// it has no tab or bar cells of two or more.
const spacedHeader = (l: SourceLine) => !((cellsOf(l)?.length ?? 0) >= 2);

const seedLines = SEEDS.map(toSourceLines);
// Lines of the kinds each detector counts (items, labels, headers, rows, cells on a line of their
// own), in any order and number: random text seldom holds two items and no label, or a row under a header.
const LINE_KINDS = [
  "1.新增托位500个",
  "（二）改造老旧小区12个",
  "三、",
  "完成时限：年底前",
  "主责单位：区教委",
  "序号\t任务内容\t主责单位\t完成时限",
  "序号  任务内容  主责单位  完成时限",
  "序号|任务内容|主责单位|完成时限",
  "1\t新增托位\t区教委\t年底前",
  "2  新增托位  区教委  年底前",
  "3|新增托位|区教委|年底前",
  "\t序号",
  "\t任务内容",
  "\t主责单位",
  "\t4",
  "新增托位500个",
  "",
];
const kindLines = fc
  .array(fc.constantFrom(...LINE_KINDS), { maxLength: 14 })
  .map((ls) => toSourceLines(ls.join("\n")));
const textLines = fc.oneof(seedLikeText.map(toSourceLines), kindLines);

describe("layout detection with early exits", () => {
  it("never scores above a layout's maxConfidence", () => {
    for (const lines of seedLines)
      for (const l of LAYOUTS) expect(l.detect(lines)).toBeLessThanOrEqual(l.maxConfidence);
    fc.assert(
      fc.property(textLines, (lines) => LAYOUTS.every((l) => l.detect(lines) <= l.maxConfidence)),
      { numRuns: runs },
    );
  });

  it("scores as the full counts did, on the seeds and on seed-like text", () => {
    const same = (lines: SourceLine[]) =>
      rowTable.detect(lines) === rowTableDetectCounting(lines, isRowHeader) &&
      numberedList.detect(lines) === numberedListDetectCounting(lines);
    for (const lines of seedLines) expect(same(lines)).toBe(true);
    fc.assert(fc.property(textLines, same), { numRuns: runs });
  });

  it("picks the layout asking every layout would pick", () => {
    for (const lines of seedLines)
      for (const min of [0, 0.45])
        expect(mostConfidentSkipping(lines, min)).toBe(mostConfidentAskingAll(lines, min));
    fc.assert(
      fc.property(textLines, fc.constantFrom(0, 0.45), (lines, min) => {
        return mostConfidentSkipping(lines, min) === mostConfidentAskingAll(lines, min);
      }),
      { numRuns: runs },
    );
  });
});
