import { describe, expect, it } from "vitest";
import { isWhitespaceCode } from "./isWhitespaceCode";

describe("isWhitespaceCode", () => {
  it("answers as /\\s/ for every UTF-16 code", () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++)
      if (isWhitespaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("takes no code past a string's ends for whitespace", () => {
    expect(isWhitespaceCode("".charCodeAt(0))).toBe(false);
  });
});
