import { describe, expect, it } from "vitest";
import { firstLine } from "./firstLine";

describe("firstLine", () => {
  it("keeps the first line of an error's message", () => {
    expect(firstLine(new Error("End of data reached\n  at …"))).toBe("End of data reached");
  });

  it("reads thrown non-errors and caps long messages", () => {
    expect(firstLine("plain")).toBe("plain");
    expect(firstLine(new Error("x".repeat(500)))).toHaveLength(200);
  });
});
