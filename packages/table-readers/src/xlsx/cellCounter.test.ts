import fc from "fast-check";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { countOver as countWith, expectSameHoweverCut } from "../../test/chunks";
import { cellCounter } from "./cellCounter";

const countOver = (chunks: readonly Uint8Array[]): number => countWith(cellCounter, chunks);

describe("cellCounter", () => {
  it("counts cells with and without references, attributes or a namespace prefix", () => {
    const xml =
      '<cols><col min="1" max="3"/></cols><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c/>' +
      '<c\ts="2"></c></row><x:row><x:c r="A2"/></x:row></sheetData><conditionalFormatting><cfRule/>';
    expect(countOver([strToU8(xml)])).toBe(4);
  });

  it("counts the same however the XML is cut into chunks (property)", () => {
    const piece = fc.constantFrom(
      '<c r="A1">',
      "<c/>",
      "<x:c>",
      "</c>",
      "<col/>",
      "<cfRule/>",
      "<",
      "c",
      " ",
      "单元",
    );
    expectSameHoweverCut(piece, countOver);
  });
});
