import { describe, expect, it } from "vitest";
import { groupLines, linesToRows, textLayerProblem, type TextPiece } from "./pdf";

const piece = (str: string, x: number, y: number, size = 10): TextPiece => ({
  str,
  x,
  y,
  width: [...str].length * size,
  size,
});

describe("linesToRows", () => {
  it("rebuilds a table row whose cells wrap, and keeps a short line's paragraph break", () => {
    const lines = groupLines([
      piece("序号", 70, 700),
      piece("任务内容", 120, 700),
      piece("主责单位", 300, 700),
      piece("1", 70, 680),
      piece("新增托位一万", 120, 680),
      piece("区教委", 300, 680),
      piece("个并提供保险", 120, 665),
      piece("区卫生健康委", 300, 665),
      piece("2", 70, 645),
      piece("通学公交", 120, 645),
      piece("区教委", 300, 645),
    ]);
    expect(linesToRows([lines])).toEqual([
      ["序号", "任务内容", "主责单位"],
      ["1", "新增托位一万个并提供保险", "区教委\n区卫生健康委"],
      ["2", "通学公交", "区教委"],
    ]);
  });

  it("rejoins a paragraph that wraps at the margin and starts a new one after a short line", () => {
    const lines = groupLines([
      piece("一二三四五六七八九十", 70, 700),
      piece("十一", 70, 685),
      piece("新段落", 70, 670),
    ]);
    expect(linesToRows([lines])).toEqual([["一二三四五六七八九十十一"], ["新段落"]]);
  });
});

describe("textLayerProblem", () => {
  it("refuses replacement characters and empty text, accepts Chinese", () => {
    expect(textLayerProblem("\ufffd\ufffd\ufffd")).toMatch(
      /^PDF text is unreadable \(100% replacement characters/,
    );
    expect(textLayerProblem("")).toMatch(/no text layer/);
    expect(textLayerProblem("东城区")).toBeNull();
  });
});
