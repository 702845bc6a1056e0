import { describe, expect, it } from "vitest";
import { isStackOverflow } from "./isStackOverflow";

describe("isStackOverflow", () => {
  it("tells the engine's own overflow from other errors", () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    let overflow: unknown;
    try {
      recurse(0);
    } catch (error) {
      overflow = error;
    }
    expect(isStackOverflow(overflow)).toBe(true);
    expect(isStackOverflow(new Error("too much recursion"))).toBe(true);
    expect(isStackOverflow(new RangeError("Invalid array length"))).toBe(false);
    expect(isStackOverflow("Maximum call stack size exceeded")).toBe(false);
  });
});
