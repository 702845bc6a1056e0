import { readFileSync } from "node:fs";
import fc from "fast-check";
import { growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { cleanHtml, htmlToText } from "./cleanHtml";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);
const seedCells = (name: string, line: number): string[] =>
  (
    readFileSync(new URL(`../../../../../seeds/${name}`, import.meta.url), "utf8").split("\n")[line - 1] ?? ""
  ).split("\t");

describe("cleanHtml", () => {
  it("reads the examples of its documentation", () => {
    expect(cleanHtml("<p>1.甲&amp;乙。</p> <p>2.丙。</p>")).toEqual({
      text: "1.甲&乙。\n2.丙。",
      points: ["甲&乙。", "丙。"],
      hadHtml: true,
    });
    expect(cleanHtml("《条例》a<b")).toEqual({ text: "《条例》a<b", points: [], hadHtml: false });
  });

  it.each<readonly [string, string, string, readonly string[]]>([
    [
      "removes a paragraph around a task",
      "<p>市实事第 21 项：新增停车位 1 万个。</p>",
      "市实事第 21 项：新增停车位 1 万个。",
      [],
    ],
    ["decodes entities and collapses &nbsp;", "<p>A&nbsp;&nbsp;&lt;B&gt;&#x4E2D;</p>", "A <B>中", []],
    ["puts each paragraph on its own line", "<p>甲。</p><p>乙。</p>", "甲。\n乙。", []],
    [
      "reads an unclosed <ol> with text-numbered points",
      '<ol style="list-style-type: none"> 1. 督导。 2. 开展。 3. 成立',
      "1. 督导。 2. 开展。 3. 成立",
      ["督导。", "开展。", "成立"],
    ],
    [
      "reads <li> items as points, without their markers",
      "<ol><li>1. 甲</li><li>2. 乙</li></ol>",
      "1. 甲\n2. 乙",
      ["甲", "乙"],
    ],
    ["reads unmarked <li> items as points", "<ul><li>甲<li>乙</ul>", "甲\n乙", ["甲", "乙"]],
    ["breaks lines at <br>", "甲<br>乙<br/>丙", "甲\n乙\n丙", []],
    ["drops scripts and styles", "<p>甲</p><script>var a = 1;</script><style>p{}</style>", "甲", []],
    ["reads upper-case tags", "<P>甲</P>", "甲", []],
    ["keeps a cell without tags as is", "  区城管委 东城交通支队 ", "  区城管委 东城交通支队 ", []],
    ["keeps a less-than sign that opens no tag", "PM2.5<35微克", "PM2.5<35微克", []],
    ["keeps a lone <b> (not a tag it looks for) as text", "a<b>c", "a<b>c", []],
    ["reads the points of a plain numbered cell", "1.甲。2.乙。", "1.甲。2.乙。", ["甲。", "乙。"]],
  ])("%s", (_name, cell, text, points) => {
    const got = cleanHtml(cell);
    expect(got.text).toBe(text);
    expect(got.points).toEqual(points);
  });

  it("reads seed 000's unclosed <ol> cell into three points", () => {
    const progress = seedCells("000_297e35da228aaa3d.txt", 20)[3] ?? "";
    const got = cleanHtml(progress);
    expect(got.hadHtml).toBe(true);
    expect(got.text).not.toMatch(/<|>/);
    expect(got.points.length).toBeGreaterThanOrEqual(3);
    expect(got.points[0]?.startsWith("督导共享单车企业")).toBe(true);
  });

  it("reads seed 004's <p>-numbered progress cell into its points", () => {
    const got = cleanHtml(seedCells("004_f56275b4641689bc.txt", 9)[3] ?? "");
    expect(got.points.length).toBeGreaterThanOrEqual(5);
    expect(got.points[0]?.startsWith("印发《东城区“疏解整治促提升”专项行动2023年工作计划》")).toBe(true);
    expect(got.points[1]?.startsWith("严格管控建筑规模")).toBe(true);
  });

  it("never throws, never leaves a real tag in the text, and keeps plain cells untouched", () => {
    const pieces = fc.constantFrom(
      "<p>",
      "</p>",
      "<ol ",
      "<li>",
      "<br",
      ">",
      "<",
      "&amp;",
      "&",
      "1.",
      "2.",
      "甲",
      " ",
      "<b",
      "《",
      "》",
      '"',
      "<!--",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((a) => a.join("")),
        ),
        (cell) => {
          const got = cleanHtml(cell);
          if (!got.hadHtml) expect(got.text).toBe(cell);
          else expect(got.text).not.toMatch(/<\/?(?:p|li|ol)>/);
        },
      ),
      { numRuns },
    );
  });

  it.each([
    { name: "an unclosed tag", make: (n: number) => "<ol " + "a".repeat(n) },
    { name: "unclosed list items", make: (n: number) => "<p>" + "<li>甲".repeat(n / 4) },
    { name: "a tag with a huge gap", make: (n: number) => "<p" + " ".repeat(n) + ">x" },
    { name: "thousands of numbered points", make: (n: number) => "<p>" + "1.甲。".repeat(n / 4) },
  ])("stays linear on $name", ({ make }) => {
    expect(growthRatio(cleanHtml, make, 25_000)).toBeLessThan(24);
  });
});

describe("htmlToText", () => {
  it.each([
    "<p>区城管委</p><p>区交通支队</p>",
    "<ol><li>1.甲</li><li>2.乙</li></ol>",
    "区教委、区卫健委",
    "a<b 《条例》",
    "<br/>2024年12月底前&nbsp;",
    "",
  ])("reads %j as cleanHtml does, without the points", (cell) => {
    const full = cleanHtml(cell);
    expect(htmlToText(cell)).toEqual({ text: full.text, hadHtml: full.hadHtml });
  });
});
