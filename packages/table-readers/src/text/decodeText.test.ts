import { describe, expect, it } from "vitest";
import { decodeText } from "./decodeText";

describe("decodeText", () => {
  it("reads a byte order mark first, then valid UTF-8, else GB18030", () => {
    const utf8 = new TextEncoder().encode("1,东城");
    expect(decodeText(utf8)).toEqual({ text: "1,东城", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: "1,东城",
      encoding: "utf-8",
    });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x31, 0x00, 0x1c, 0x4e]))).toEqual({
      text: "1东",
      encoding: "utf-16le",
    });
    expect(decodeText(new Uint8Array([0x31, 0x2c, 0xb6, 0xab, 0xb3, 0xc7]))).toEqual({
      text: "1,东城",
      encoding: "gb18030",
    });
  });
});
