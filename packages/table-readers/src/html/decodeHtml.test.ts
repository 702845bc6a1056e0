import { describe, expect, it } from "vitest";
import { decodeHtml } from "./decodeHtml";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

describe("decodeHtml", () => {
  it("decodes a GB18030 page that declares nothing, because it is not valid UTF-8", () => {
    const gbk = new Uint8Array([0x3c, 0x70, 0x3e, 0xb6, 0xab, 0xb3, 0xc7, 0xc7, 0xf8]); // <p>东城区
    expect(decodeHtml(gbk)).toEqual({ html: "<p>东城区", encoding: "gb18030" });
  });

  it("reads a declared gbk or gb2312 charset as GB18030", () => {
    for (const label of ["gbk", "GB2312", "x-gbk"])
      expect(decodeHtml(bytes(`<meta charset="${label}"><p>`, [0xb6, 0xab]))).toEqual({
        html: `<meta charset="${label}"><p>东`,
        encoding: "gb18030",
      });
    expect(
      decodeHtml(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')).encoding,
    ).toBe("gb18030");
  });

  it("lets a BOM win over the declared charset", () => {
    expect(decodeHtml(bytes([0xef, 0xbb, 0xbf], '<meta charset="gbk">东'))).toEqual({
      html: '<meta charset="gbk">东',
      encoding: "utf-8",
    });
    expect(decodeHtml(new Uint8Array([0xff, 0xfe, 0x1c, 0x4e])).encoding).toBe("utf-16le");
    expect(decodeHtml(new Uint8Array([0xfe, 0xff, 0x4e, 0x1c])).encoding).toBe("utf-16be");
  });

  it("falls back to detection when the declared label is unknown", () => {
    expect(decodeHtml(bytes('<meta charset="klingon">东城'))).toEqual({
      html: '<meta charset="klingon">东城',
      encoding: "utf-8",
    });
  });
});
