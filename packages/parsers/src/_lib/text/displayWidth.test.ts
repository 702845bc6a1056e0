import { describe, expect, it } from "vitest";
import { isWideCode } from "./displayWidth";

describe("isWideCode", () => {
  it.each(["区", "〇", "　", "，", "（", "１", "Ａ", "한", "あ"])("draws “%s” two columns wide", (c) => {
    expect(isWideCode(c.charCodeAt(0))).toBe(true);
  });

  it.each(["1", "a", " ", ",", "(", "\t", "—", "·"])("draws “%s” one column wide", (c) => {
    expect(isWideCode(c.charCodeAt(0))).toBe(false);
  });
});
