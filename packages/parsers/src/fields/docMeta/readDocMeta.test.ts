import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../_lib/lines";
import { readDateLine, readDocMeta } from "./readDocMeta";

describe("readDateLine", () => {
  it.each([
    ["2024年1月1日", "2024-01-01"],
    ["2024 年 12 月 31 日", "2024-12-31"],
    ["二〇二四年一月三日", "2024-01-03"],
  ])("reads %s as %s", (line, want) => {
    expect(readDateLine(line)).toBe(want);
  });

  it("reads no date from the printing line or a sentence", () => {
    expect(readDateLine("北京市通州区人民政府办公室 2024年1月3日印发")).toBeNull();
    expect(readDateLine("2024年1月1日起施行")).toBeNull();
  });
});

describe("readDocMeta", () => {
  const text = [
    "北京市西城区人民政府文件",
    "西政发〔2025〕2号",
    "北京市西城区人民政府关于印发",
    "2025年西城区民生实事项目的通知",
    "各街道办事处，区政府各委、办、局：",
    "北京市西城区人民政府",
    "2025年1月8日",
  ].join("\n");
  const lines = toSourceLines(text);

  it("reads title, issuer, number and signing date from a notice's front matter", () => {
    const m = readDocMeta(lines, lines);
    expect(m.title).toBe("北京市西城区人民政府关于印发2025年西城区民生实事项目的通知");
    expect(m.issuer).toEqual({ name: "西城区", code: "110102" });
    expect(m.docNumber).toBe("西政发〔2025〕2号");
    expect(m.issued).toBe("2025-01-08");
  });
});

describe("readDocMeta on a table with no title", () => {
  it.each([
    ["a row of bars", "| 序号 | 任务内容 | 牵头单位 | 完成时限 |\n| --- | --- | --- | --- |"],
    ["a row of tabs", "序号\t任务内容\t牵头单位\t完成时限"],
  ])("does not take %s for the title", (_name, text) => {
    const lines = toSourceLines(text);
    expect(readDocMeta(lines, lines).title).toBeNull();
  });

  it("still takes a title written in one cell of a tabbed line", () => {
    const lines = toSourceLines("\t东城区2024年重要民生实事项目\t\n序号\t项目内容");
    expect(readDocMeta(lines, lines).title).toBe("东城区2024年重要民生实事项目");
  });
});
