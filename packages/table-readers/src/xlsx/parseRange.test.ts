import { describe, expect, it } from "vitest";
import { parseRange } from "./parseRange";

describe("parseRange", () => {
  it("reads ranges into 1-based bounds", () => {
    expect(parseRange("B2:D3")).toEqual({ left: 2, top: 2, right: 4, bottom: 3 });
  });

  it("reads absolute references and multi-letter columns", () => {
    expect(parseRange("$A$1:$AB$10")).toEqual({ left: 1, top: 1, right: 28, bottom: 10 });
    expect(parseRange("aa1:ab2")).toEqual({ left: 27, top: 1, right: 28, bottom: 2 });
  });

  it("refuses anything that is not two corners", () => {
    for (const s of ["A1", "A1:B", "1:2", "", "A1:B2:C3"]) expect(parseRange(s)).toBeNull();
  });
});
