import { describe, expect, it } from "vitest";
import type { HtmlTree } from "./htmlTree";
import { htmlTreeRows, tableRows } from "./htmlTreeRows";

// A parser-free tree: elements as objects, text as strings, comments as `{ comment }`.
type Comment = { readonly comment: string };
type El = { readonly tag: string; readonly attrs: Record<string, string>; readonly kids: Node[] };
type Node = El | Comment | string;
const isEl = (n: Node): n is El => typeof n !== "string" && "tag" in n;
const tree: HtmlTree<Node> = {
  text: (n) => (typeof n === "string" ? n : undefined),
  tagName: (n) => (isEl(n) ? n.tag : undefined),
  attribute: (n, name) => (isEl(n) ? n.attrs[name] : undefined),
  children: (n) => (isEl(n) ? n.kids : []),
};
const h = (tag: string, ...kids: Node[]): El => ({ tag, attrs: {}, kids });
const hA = (tag: string, attrs: Record<string, string>, ...kids: Node[]): El => ({ tag, attrs, kids });

describe("htmlTreeRows", () => {
  it("is the first example: a paragraph and a table row", () => {
    type E = { tag: string; kids: (E | string)[] };
    const t: HtmlTree<E | string> = {
      text: (n) => (typeof n === "string" ? n : undefined),
      tagName: (n) => (typeof n === "string" ? undefined : n.tag),
      attribute: () => undefined,
      children: (n) => (typeof n === "string" ? [] : n.kids),
    };
    const td = (s: string): E => ({ tag: "td", kids: [s] });
    expect(
      htmlTreeRows(
        {
          tag: "body",
          kids: [
            { tag: "p", kids: ["标题"] },
            { tag: "table", kids: [{ tag: "tr", kids: [td("1"), td("任务")] }] },
          ],
        },
        t,
      ),
    ).toEqual([["标题"], ["1", "任务"]]);
  });

  it("reads paragraphs as one-cell rows and table rows as cells, in document order", () => {
    const page = h(
      "",
      h(
        "html",
        h(
          "body",
          h("p", "标题"),
          h("table", h("tbody", h("tr", h("td", "1"), h("td", "任务")))),
          h("p", "附注"),
        ),
      ),
    );
    expect(htmlTreeRows(page, tree)).toEqual([["标题"], ["1", "任务"], ["附注"]]);
  });

  it("keeps a cell's paragraphs and line breaks as newlines, collapses whitespace, skips scripts, styles and comments", () => {
    const page = h(
      "body",
      h("style", "p{}"),
      h("script", "x()"),
      { comment: "note" },
      h(
        "table",
        h("tr", h("td", h("p", " 区教委 "), h("p", "区卫生\n  健康委")), h("td", "a", h("br"), "b")),
      ),
    );
    expect(htmlTreeRows(page, tree)).toEqual([["区教委\n区卫生 健康委", "a\nb"]]);
  });

  it("reads a table nested in a cell as that cell's text, and drops empty table rows", () => {
    const inner = h("table", h("tr", h("td", "x"), h("td", "y")));
    const page = h("table", h("tr", h("td", inner), h("td", "z")), h("tr", h("td", " ")));
    expect(htmlTreeRows(page, tree)).toEqual([["x y", "z"]]);
  });

  it("keeps text outside any block as lines broken at <br>", () => {
    expect(htmlTreeRows(h("", "一", h("br"), "二", h("span", "三")), tree)).toEqual([["一"], ["二三"]]);
  });
});

describe("tableRows", () => {
  it("fills cells merged by colspan and rowspan", () => {
    const table = h(
      "table",
      h("thead", h("tr", hA("th", { colspan: "2" }, "任务"), h("th", "单位"))),
      h(
        "tbody",
        h("tr", hA("td", { rowspan: "2" }, "1"), h("td", "托位"), h("td", "区教委")),
        h("tr", h("td", "保险"), h("td", "区卫健委")),
      ),
    );
    expect(tableRows(table, tree)).toEqual([
      ["任务", "任务", "单位"],
      ["1", "托位", "区教委"],
      ["1", "保险", "区卫健委"],
    ]);
  });

  it("caps absurd spans instead of allocating them", () => {
    expect(tableRows(h("table", h("tr", hA("td", { colspan: "999999999" }, "x"))), tree)[0]).toHaveLength(
      1000,
    );
  });
});

describe("htmlTreeRows on deep nesting", () => {
  // Deeper than any call stack: a recursive walk threw "Maximum call stack size exceeded".
  const DEPTH = 200_000;
  const nest = (tags: readonly string[], inner: Node): Node => {
    let node = inner;
    for (let i = 0; i < DEPTH; i++) node = h(tags[i % tags.length] ?? "div", node);
    return node;
  };

  it("reads text under 200,000 nested elements", () => {
    expect(htmlTreeRows(h("body", nest(["div", "span"], "甲"), h("p", "乙")), tree)).toEqual([
      ["甲"],
      ["乙"],
    ]);
  });

  it("reads a table cell holding 200,000 nested elements, and tables nested in cells", () => {
    const deepCell = h("td", nest(["span", "b"], "甲"));
    const nestedTables = nest(["table", "tr", "td"], "乙");
    const page = h("table", h("tr", h("td", "1"), deepCell, h("td", nestedTables)));
    expect(htmlTreeRows(page, tree)).toEqual([["1", "甲", "乙"]]);
  });
});
