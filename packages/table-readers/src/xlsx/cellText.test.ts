import { describe, expect, it } from "vitest";
import { cellText, cleanCellText } from "./cellText";

const cell = (value: unknown, text = String(value)) => ({ value, text });

describe("cellText", () => {
  it("writes dates as YYYY-MM-DD, also as a formula's result", () => {
    expect(cellText(cell(new Date(Date.UTC(2024, 8, 5))))).toBe("2024-09-05");
    expect(cellText(cell({ formula: "TODAY()", result: new Date(Date.UTC(2024, 11, 31)) }))).toBe(
      "2024-12-31",
    );
  });

  it("reads formulas by their result, empty when there is none", () => {
    expect(cellText(cell({ formula: "A1+1", result: 3516 }))).toBe("3516");
    expect(cellText(cell({ formula: "A1" }, ""))).toBe("");
    expect(cellText(cell({ formula: "A1", result: { error: "#REF!" } }))).toBe("");
  });

  it("uses exceljs' text otherwise, and an empty text when computing it throws", () => {
    expect(cellText(cell({ richText: [{ text: "区" }, { text: "教委" }] }, "区教委"))).toBe("区教委");
    const throwing = {
      value: 1,
      get text(): string {
        throw new Error("bad");
      },
    };
    expect(cellText(throwing)).toBe("");
  });
});

describe("cleanCellText", () => {
  it("collapses spaces per line and drops blank lines", () => {
    expect(cleanCellText("  区教委 \r\n\r\n区卫生\t 健康委 ")).toBe("区教委\n区卫生 健康委");
  });
});
