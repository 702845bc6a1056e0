import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { Parser } from "htmlparser2";
import { growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { splitPoints } from "../../fields/points/splitPoints";
import { readSeqMarker } from "../../fields/seq/readSeqMarker";
import { cleanHtml, htmlToText, readFlatHtml, readSimpleHtml, type HtmlText } from "./cleanHtml";

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

// The reading before the hand-written reader: htmlparser2 for every HTML cell. The fast reader
// must give exactly this, or null.
const REF_TAG =
  /<\/?(?:p|ol|ul|li|br|div|span|table|tbody|thead|tr|td|th|strong|em|font|h[1-6]|img|hr|section|article|blockquote|sup|sub)(?=[\s/>])/i;
const REF_BLOCK = new Set(
  "p div li ol ul br hr table tbody thead tr h1 h2 h3 h4 h5 h6 section article blockquote pre".split(" "),
);
const REF_SKIP = new Set(["script", "style", "head", "title"]);
const refCollapse = (s: string): string => s.replace(/\s+/g, " ").trim();

function referenceReadHtml(cell: string): HtmlText {
  const paragraphs: string[] = [];
  const items: string[] = [];
  let current = "";
  let item: string | null = null;
  let skipping = 0;
  const flush = (): void => {
    const p = refCollapse(current);
    if (p) paragraphs.push(p);
    current = "";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (REF_SKIP.has(name)) skipping++;
        if (REF_BLOCK.has(name)) flush();
        if (name === "li") item = "";
      },
      ontext(data) {
        if (skipping > 0) return;
        current += data;
        if (item !== null) item += data;
      },
      onclosetag(name) {
        if (REF_SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (REF_BLOCK.has(name)) flush();
        if (name === "li" && item !== null) {
          const text = refCollapse(item);
          if (text) items.push(text);
          item = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(cell);
  parser.end();
  flush();
  return { text: paragraphs.join("\n"), items };
}

function referenceCleanHtml(cell: string): { text: string; points: string[]; hadHtml: boolean } {
  if (!(cell.includes("<") && REF_TAG.test(cell)))
    return { text: cell, points: splitPoints(cell), hadHtml: false };
  const { text, items } = referenceReadHtml(cell);
  const withoutMarker = (it: string): string => {
    const m = readSeqMarker(it);
    return m && m.style !== "bare" ? m.rest : it;
  };
  return { text, points: items.length >= 2 ? items.map(withoutMarker) : splitPoints(text), hadHtml: true };
}

/** Every cell of the seeds that holds a `<`. */
const seedHtmlCells = readdirSync(new URL("../../../../../seeds/", import.meta.url))
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(new URL(`../../../../../seeds/${f}`, import.meta.url), "utf8").split(/\t|\n/))
  .filter((c) => c.includes("<"));

/** Every tag the hand-written reader reads. */
const SIMPLE_NAMES = (
  "p div ol ul table section article blockquote pre h1 h2 h3 h4 h5 h6 span strong em b i u font " +
  "sup sub thead a li tr th td tbody br img hr"
).split(" ");
const OTHER_NAMES = [
  "script",
  "style",
  "title",
  "textarea",
  "xmp",
  "svg",
  "math",
  "desc",
  "tmp",
  "x",
  "head",
  "option",
];

/** Pieces of HTML, from the simple part (most) to what only htmlparser2 reads. */
const htmlPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SIMPLE_NAMES).chain((n) => tagArb(n)) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_NAMES).chain((n) => tagArb(n)) },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      "甲",
      "乙。",
      "1.",
      "2．",
      "（一）",
      "①",
      "１２",
      " ",
      "  ",
      "\n",
      "\t",
      "\u00a0",
      "\u3000",
      "\u2028",
      "\ufeff",
      "\u200b",
      "\u180e",
      "\u2003",
      "\u000b",
      "《条例》",
      "PM2.5",
      "3.54公里",
      "2024年",
      "、",
      "(1)",
      "（2）",
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "&amp;",
      "&lt;",
      "&gt;",
      "&quot;",
      "&nbsp;",
      "&ldquo;",
      "&rdquo;",
      "&hellip;",
      "&amp",
      "&nbsp",
      "&copy",
      "&AMP;",
      "&Amp;",
      "&notin;",
      "&not",
      "&ampx;",
      "&#20013;",
      "&#x4E2D;",
      "&#X4e2d;",
      "&#65",
      "&#0;",
      "&#128;",
      "&#x9f;",
      "&#xD800;",
      "&#x110000;",
      "&#1114111;",
      "&#;",
      "&#x;",
      "&#00000065;",
      "&",
      "& ",
      "&1",
      "&中",
      "&#",
      "&abcdefgh;",
      "&lt",
      "&gt;&lt;",
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "<",
      ">",
      "<3",
      "< p>",
      "</>",
      "</ p>",
      "</3>",
      "<!--",
      "-->",
      "<!-- 注 -->",
      "<!DOCTYPE html>",
      "<?xml?>",
      "<![CDATA[x]]>",
      "</",
      "<p",
      "</p",
      '"',
      "'",
      "=",
      "/",
      "<P>",
      "</P >",
      "</LI>",
      "<Br/>",
      "</br>",
      "</hr>",
      "<p/>",
      "</p/>",
      "<li/>",
      "<\u212Abd>",
    ),
  },
);

/** An opening or closing tag with random attributes, case and spacing. */
function tagArb(name: string): fc.Arbitrary<string> {
  const attr = fc.oneof(
    fc.constantFrom(
      ' style="list-style-type: none"',
      " class='a>b'",
      " a=b",
      ' a = "x"',
      " a",
      ' a="',
      " a='x",
      ' a"b',
      " =x",
      ' a/="x>y"',
      " a=>",
      " a=x/",
      ' a=x/b="c>d"',
      " a=b'c>d'",
      ' a="&amp;>"',
      " a=&",
      " /",
      "\n",
      " data-x='\"'",
    ),
    fc.string({ maxLength: 4 }).map((s) => ` ${s}`),
  );
  return fc
    .tuple(
      fc.boolean(),
      fc.boolean(),
      fc.array(attr, { maxLength: 3 }),
      fc.constantFrom(">", "/>", " >", "", "\t>"),
    )
    .map(([closing, upper, attrs, end]) => {
      const n = upper ? name.toUpperCase() : name;
      return closing ? `</${n}${attrs.length ? attrs[0] : ""}${end}` : `<${n}${attrs.join("")}${end}`;
    });
}

/** Tag soup over a few names whose openings close others, to exercise the stack of open elements. */
const tagSoup = fc
  .array(
    fc.oneof(
      fc
        .tuple(
          fc.constantFrom("p", "li", "hr", "br", "td", "th", "tr", "thead", "tbody", "span", "div", "ol"),
          fc.boolean(),
        )
        .map(([n, closing]) => (closing ? `</${n}>` : `<${n}>`)),
      fc.constantFrom("甲", "乙", " ", "1."),
    ),
    { maxLength: 40 },
  )
  .map((a) => a.join(""));
const htmlCell = fc.oneof(
  fc.array(htmlPiece, { maxLength: 30 }).map((a) => a.join("")),
  tagSoup,
);
const fcRuns = { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) };

describe("readSimpleHtml", () => {
  it("reads the examples of its documentation", () => {
    expect(readSimpleHtml('<ol style="a>b"><li>1. 甲&nbsp;<li>2. 乙</ol>')).toEqual({
      text: "1. 甲\n2. 乙",
      items: ["1. 甲", "2. 乙"],
    });
    expect(readSimpleHtml("<p>甲<!-- 注 --></p>")).toBeNull();
  });

  it("reads every HTML cell of the seeds, as htmlparser2 does", () => {
    expect(seedHtmlCells.length).toBeGreaterThan(10);
    for (const cell of seedHtmlCells) expect(readSimpleHtml(cell)).toEqual(referenceReadHtml(cell));
  });

  it.each([
    ["attributes with quotes and >", '<p class="a>b" id=\'c>d\'>甲</p><p a"b>乙'],
    ["implied closes", "<p>甲<div>乙<p>丙<ol><li>丁<li>戊</ol>己"],
    ["stray and void closing tags", "</p>甲</br>乙</hr></li>丙"],
    ["nested inline tags closed out of order", "<li><span><b>甲</span>乙</b><li>丙"],
    ["table sections", "<table><tr><td>甲<td>乙<tr><th>丙<tbody><thead>丁</table>"],
    ["text-only < and &", "a<3 & b <<p>x</p>&中 &#20013;&#x4e2d;"],
  ])("reads %s as htmlparser2 does", (_name, cell) => {
    expect(readSimpleHtml(cell)).toEqual(referenceReadHtml(cell));
  });

  it("reads every pair of tags, nested and closed out of order, as htmlparser2 does", () => {
    for (const outer of SIMPLE_NAMES)
      for (const inner of SIMPLE_NAMES)
        for (const cell of [
          `<${outer}>甲<${inner}>乙<li>丙</${outer}>丁</${inner}>戊</li>己`,
          `<${outer}>甲<${inner}>乙<${inner}>丙</${inner}>丁</${outer}>戊`,
        ])
          expect([cell, readSimpleHtml(cell)]).toEqual([cell, referenceReadHtml(cell)]);
  });

  it("gives what htmlparser2 gives, or null (then htmlparser2 reads the cell)", () => {
    let read = 0;
    fc.assert(
      fc.property(htmlCell, (cell) => {
        const got = readSimpleHtml(cell);
        if (got !== null) {
          read++;
          expect(got).toEqual(referenceReadHtml(cell));
        }
      }),
      fcRuns,
    );
    // The generator is mostly simple HTML: the hand-written reader must read much of it.
    expect(read).toBeGreaterThan(fcRuns.numRuns / 20);
  });

  it("stays linear on deep nesting and long tags", () => {
    expect(
      growthRatio(
        (s: string) => readSimpleHtml(s),
        (n: number) => "<span>".repeat(n),
        25_000,
      ),
    ).toBeLessThan(24);
    expect(
      growthRatio(
        (s: string) => readSimpleHtml(s),
        (n: number) => "<li>&amp;".repeat(n),
        25_000,
      ),
    ).toBeLessThan(24);
  });
});

describe("cleanHtml against htmlparser2 alone", () => {
  it("gives the same text, points and hadHtml on any cell", () => {
    fc.assert(
      fc.property(fc.oneof(htmlCell, fc.string()), (cell) => {
        expect(cleanHtml(cell)).toEqual(referenceCleanHtml(cell));
      }),
      fcRuns,
    );
  });

  it("collapses exactly the whitespace \\s matches (each UTF-16 code, alone and doubled, between words)", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const cell of [`<p>甲${ch}乙</p>`, `<p>${ch}甲${ch}${ch}乙${ch}`]) {
        const got = htmlToText(cell).text;
        if (got !== referenceReadHtml(cell).text) expect([c, got]).toBe(null);
      }
    }
  });

  it("gives the same on every cell of the seeds", () => {
    for (const cell of seedHtmlCells) expect(cleanHtml(cell)).toEqual(referenceCleanHtml(cell));
  });
});

describe("cells nested deeper than htmlparser2 is given", () => {
  it("reads the example of readFlatHtml's documentation", () => {
    expect(readFlatHtml(`${"<span>".repeat(3)}<p>甲&amp;乙</p><ul><li>1. 丙</li></ul>`)).toEqual({
      text: "甲&乙\n1. 丙",
      items: ["1. 丙"],
    });
  });

  it("reads as htmlparser2 does up to 256 open elements, and flat past them", () => {
    const cell = (depth: number) =>
      `${"<span>".repeat(depth)}<p>甲</p><p>乙&lt;</p>${"</div>".repeat(depth)}`;
    expect(htmlToText(cell(250))).toEqual({ text: referenceReadHtml(cell(250)).text, hadHtml: true });
    expect(htmlToText(cell(300)).text).toBe(readFlatHtml(cell(300)).text);
    expect(htmlToText(cell(100_000)).text).toBe("甲\n乙<");
  });

  it("keeps the text of any cell, whatever its tags", () => {
    const tag = fc.constantFrom(
      "<span>",
      "</span>",
      "<div>",
      "</div>",
      "<li>",
      "<p>",
      "<br>",
      "<!-- x -->",
      "&amp;",
    );
    const text = fc.string({ unit: fc.constantFrom("甲", "乙", "1", " ", "/", "a") });
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, text), { maxLength: 40 }), (pieces) => {
        // Every CJK character written outside a tag is kept, in order.
        const written = pieces
          .filter((p) => !p.startsWith("<"))
          .join("")
          .replace(/[^甲乙]/g, "");
        expect(readFlatHtml(pieces.join("")).text.replace(/[^甲乙]/g, "")).toBe(written);
      }),
      fcRuns,
    );
  });

  it("reads deep nesting and close tags that match nothing in time linear in the cell's length", () => {
    // htmlparser2 searches and shifts its open elements at every tag: quadratic on such cells
    for (const unit of ["<span>", "<div></span>", "<!--x--><b>"])
      expect(
        growthRatio(
          (s: string) => htmlToText(s),
          (n: number) => `${unit.repeat(n)}甲`,
          10_000,
        ),
      ).toBeLessThan(24);
  });
});
