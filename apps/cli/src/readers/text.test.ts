import { describe, expect, it } from "vitest";
import { binaryReason, checkTextBytes } from "./text";

describe("checkTextBytes", () => {
  it("accepts UTF-8, GB18030 and UTF-16 text", () => {
    const utf8 = new TextEncoder().encode("1\t新增托位\n");
    expect(checkTextBytes(utf8, "a.txt")).toBe(utf8);
    expect(binaryReason(new Uint8Array([0xb6, 0xab, 0xb3, 0xc7]))).toBeNull();
    expect(binaryReason(new Uint8Array([0xff, 0xfe, 0x1c, 0x4e, 0x00, 0x00]))).toBeNull();
  });

  it("refuses empty, whitespace-only and binary data, naming the file", () => {
    expect(() => checkTextBytes(new Uint8Array(), "a.txt")).toThrow("a.txt: empty file");
    expect(() => checkTextBytes(new TextEncoder().encode(" \n\t"), "b.txt")).toThrow(
      "b.txt: empty file (only whitespace)",
    );
    expect(() => checkTextBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), "c.txt")).toThrow(
      "c.txt: binary data, not text (contains NUL bytes)",
    );
  });
});
