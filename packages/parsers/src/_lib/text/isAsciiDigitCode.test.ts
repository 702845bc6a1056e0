import { describe, expect, it } from "vitest";
import { isAsciiDigitCode } from "./isAsciiDigitCode";

describe("isAsciiDigitCode", () => {
  it("takes 0-9 and nothing else", () => {
    const digits = [];
    for (let c = 0; c < 0x10000; c++) if (isAsciiDigitCode(c)) digits.push(String.fromCharCode(c));
    expect(digits.join("")).toBe("0123456789");
    expect(isAsciiDigitCode("".charCodeAt(0))).toBe(false);
  });
});
