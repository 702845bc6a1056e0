import { parseRows, parseText } from "@minsheng/parsers";
import { describe, expect, it } from "vitest";

const collapsed = (d: { diagnostics: { code: string; line: number | null; message: string }[] }) =>
  d.diagnostics.filter((x) => x.code === "whitespace_collapsed");

describe("runs of spaces left by PDF layout", () => {
  it("are named with their line and length from 50 spaces, tabs or ideographic spaces on", () => {
    const text = `1.新增托位${" ".repeat(49)}600 个。\n2.建成${" \t\u3000".repeat(20)}5 个示范项目。\n主责单位：区教委\n`;
    const found = collapsed(parseText(text));
    expect(found.map((d) => d.line)).toEqual([2]);
    expect(found[0]?.message).toContain("60 spaces");
  });

  it("are found at a line's ends and in table cells too", () => {
    expect(collapsed(parseText(`${" ".repeat(50)}1.新增托位 600 个。\n`)).map((d) => d.line)).toEqual([1]);
    const rows = [
      ["序号", "任务内容", "主责单位"],
      ["1", `新增托位${" ".repeat(30)}`, `${" ".repeat(30)}区教委`],
    ];
    expect(collapsed(parseRows(rows)).map((d) => d.line)).toEqual([2]);
  });
});
