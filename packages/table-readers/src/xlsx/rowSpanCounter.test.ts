import fc from "fast-check";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { countOver as countWith, expectSameHoweverCut } from "../../test/chunks";
import { rowSpanCounter } from "./rowSpanCounter";

const countOver = (chunks: readonly Uint8Array[]): number => countWith(rowSpanCounter, chunks);

describe("rowSpanCounter", () => {
  it("adds up each row's last column, whatever attributes come before the reference", () => {
    const xml =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="XFD1"/></row>' +
      '<row r="2"><c s="3" r="AA2"/></row><row r="5"><c r="B5"/></row>';
    expect(countOver([strToU8(xml)])).toBe(16_384 + 27 + 2);
    expect(countOver([strToU8('<cols><col min="1"/></cols><c r="a1"/>')])).toBe(0);
  });

  it("counts the same however the XML is cut into chunks (property)", () => {
    const cell = fc
      .tuple(fc.integer({ min: 1, max: 16_384 }), fc.integer({ min: 1, max: 50 }), fc.boolean())
      .map(([c, r, styled]) => {
        let letters = "";
        for (let n = c; n > 0; n = Math.floor((n - 1) / 26))
          letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        return `<c${styled ? ' s="12"' : ""} r="${letters}${r}"><v>1</v></c>`;
      });
    const noise = fc.constantFrom("<row>", "</row>", '"', "<c ", "单元", " ", 'r="', "y".repeat(300));
    expectSameHoweverCut(fc.oneof(cell, noise), countOver);
  });
});
