import { describe, expect, it } from "vitest";
import { fillSpans, parseSpan, type SpanCell } from "./spanGrid";

const c = (text: string, colspan = 1, rowspan = 1): SpanCell => ({ text, colspan, rowspan });

describe("fillSpans", () => {
  it("repeats a cell spanning rows into the rows below", () => {
    expect(fillSpans([[c("1", 1, 2), c("托位")], [c("保险")]])).toEqual([
      ["1", "托位"],
      ["1", "保险"],
    ]);
  });

  it("repeats a cell spanning columns, and places later cells after it", () => {
    expect(
      fillSpans([
        [c("任务", 2), c("单位")],
        [c("1"), c("托位"), c("区教委")],
      ]),
    ).toEqual([
      ["任务", "任务", "单位"],
      ["1", "托位", "区教委"],
    ]);
  });

  it("fills holes of ragged rows with empty cells and drops rows spanned into past the end", () => {
    expect(fillSpans([[c("a", 1, 3), c("b")], [], [c("x")]])).toEqual([["a", "b"], ["a"], ["a", "x"]]);
    expect(fillSpans([[c("a", 1, 5)]])).toEqual([["a"]]);
    expect(
      fillSpans([
        [c("a", 1, 2), c("b", 1, 1)],
        [c("", 1, 1), c("d", 1, 1)],
      ])[1],
    ).toEqual(["a", "", "d"]);
  });

  it("treats spans below 1 as 1 and caps absurd spans", () => {
    expect(fillSpans([[c("a", 0, -1), c("b", Number.NaN)]])).toEqual([["a", "b"]]);
    expect(fillSpans([[c("x", 999_999_999)]])[0]).toHaveLength(1000);
  });
});

describe("fillSpans on hostile tables", () => {
  it("fills at most 64 positions per cell (at least 10,000), and keeps the text of every cell", () => {
    // 20 rows of 50 cells, each spanning 1000 columns and 1000 rows: 10^9 positions as written
    const rows = Array.from({ length: 20 }, (_, r) =>
      Array.from({ length: 50 }, (_, k) => c(`${r}:${k}`, 1000, 1000)),
    );
    const grid = fillSpans(rows);
    expect(grid).toHaveLength(20);
    const filled = grid.reduce((n, row) => n + row.length, 0);
    expect(filled).toBeLessThanOrEqual(10_000 + 64 * 1000 + 1000);
    const texts = new Set(grid.flat());
    for (const row of rows) for (const cell of row) expect(texts.has(cell.text)).toBe(true);
  });

  it("spans no row past the last, however many rows a cell claims", () => {
    const grid = fillSpans([[c("a", 1, 1000)], [c("b")]]);
    expect(grid).toEqual([["a"], ["a", "b"]]);
  });
});

describe("parseSpan", () => {
  it("reads attribute values, tolerating what browsers tolerate", () => {
    expect([parseSpan(undefined), parseSpan("3"), parseSpan("0"), parseSpan("999999999")]).toEqual([
      1, 3, 1, 1000,
    ]);
    expect([parseSpan(""), parseSpan("-2"), parseSpan("2x"), parseSpan("x")]).toEqual([1, 1, 2, 1]);
  });
});
