import { describe, expect, it } from "vitest";
import { sha256Hex } from "./sha256Hex";

describe("sha256Hex", () => {
  const samples = [
    "",
    "abc",
    "东城区 2024 年重要民生实事项目\r\n１．",
    "lone \ud800 surrogate",
    "x".repeat(100_000),
  ];

  it.each(samples.map((s) => [s.slice(0, 20), s]))("native and portable agree on text %j", (_, s) => {
    expect(sha256Hex(s)).toBe(sha256Hex(s, true));
    expect(sha256Hex(s)).toBe(sha256Hex(new TextEncoder().encode(s), true));
  });

  it("hashes bytes that are not UTF-8 as they are", () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0xd6, 0xd0]);
    expect(sha256Hex(bytes)).toBe(sha256Hex(bytes, true));
    expect(sha256Hex(bytes)).toMatch(/^[0-9a-f]{64}$/);
  });
});
