import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpaces } from "../../_lib/lines";
import { alignedSpacedCells, spacedCellSpans } from "./cellsOf";

const RUNS = Number(process.env.FC_NUM_RUNS ?? 200);

describe("spacedCellSpans", () => {
  it("splits as spacedCellsOf does, on any line", () => {
    const piece = fc.constantFrom(" ", "  ", "　", "\t", "\u00a0", "区教委", "1", "ab", "２０２４年", "");
    const line = fc.oneof(
      fc.array(piece, { maxLength: 12 }).map((a) => a.join("")),
      fc.string(),
    );
    fc.assert(
      fc.property(line, (raw) => {
        const parts = raw.trim()
          ? raw
              .trim()
              .split(/[ \u3000]{2,}/)
              .map(collapseSpaces)
          : [];
        expect(spacedCellSpans(raw).map((c) => c.text)).toEqual(parts);
      }),
      { numRuns: RUNS },
    );
  });

  it("counts wide characters as two columns, indentation included", () => {
    expect(spacedCellSpans("  序号  任务内容    ab  区教委")).toEqual([
      { text: "序号", start: 2 },
      { text: "任务内容", start: 8 },
      { text: "ab", start: 20 },
      { text: "区教委", start: 24 },
    ]);
    expect(spacedCellSpans("１　　x")).toEqual([
      { text: "１", start: 0 },
      { text: "x", start: 6 },
    ]);
  });
});

describe("alignedSpacedCells", () => {
  const header = "序号  任务内容        牵头单位    配合单位    完成时限";
  const starts = spacedCellSpans(header).map((c) => c.start);

  it("takes a full row's cells in order", () => {
    expect(alignedSpacedCells("1     新增托位500个     区教委      区卫健委    2024年12月", starts)).toEqual([
      "1",
      "新增托位500个",
      "区教委",
      "区卫健委",
      "2024年12月",
    ]);
  });

  it("leaves the column empty that a row skips", () => {
    expect(alignedSpacedCells("2     新增托位500个     区教委                  2024年12月", starts)).toEqual([
      "2",
      "新增托位500个",
      "区教委",
      "",
      "2024年12月",
    ]);
  });

  it("places a wrapped line under the column it is indented to", () => {
    expect(alignedSpacedCells("                                    区财政局", starts)).toEqual([
      "",
      "",
      "",
      "区财政局",
      "",
    ]);
  });

  it("reads a line of one cell at its start as plain, and more cells than columns in order", () => {
    expect(alignedSpacedCells("二、保障和改善民生", starts)).toBeNull();
    expect(alignedSpacedCells("a  b  c  d  e  f", starts)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("places any row's cells in order, one per column, none lost", () => {
    const cell = fc.constantFrom("区教委", "1", "2024年12月", "托位", "x");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(6), cell), { minLength: 1, maxLength: 4 }), (parts) => {
        const raw = parts.map(([gap, c]) => " ".repeat(gap + 2) + c).join("");
        const cells = alignedSpacedCells(raw, starts);
        const texts = spacedCellSpans(raw).map((c) => c.text);
        if (cells === null) return;
        expect(cells.filter(Boolean)).toEqual(texts.filter(Boolean));
        expect(cells.length).toBe(Math.max(starts.length, texts.length));
      }),
      { numRuns: RUNS },
    );
  });
});
