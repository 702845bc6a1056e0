import { describe, expect, it } from "vitest";
import { htmlToRows } from "./html";

describe("htmlToRows", () => {
  it("reads paragraphs as one-cell rows and table rows as cells, in document order", () => {
    expect(htmlToRows("<p>标题</p><table><tr><td>1</td><td>任务</td></tr></table><p>附注</p>")).toEqual([
      ["标题"],
      ["1", "任务"],
      ["附注"],
    ]);
  });

  it("fills cells merged by colspan and rowspan", () => {
    const html = `<table>
      <tr><th colspan="2">任务</th><th>单位</th></tr>
      <tr><td rowspan="2">1</td><td>托位</td><td>区教委</td></tr>
      <tr><td>保险</td><td>区卫健委</td></tr></table>`;
    expect(htmlToRows(html)).toEqual([
      ["任务", "任务", "单位"],
      ["1", "托位", "区教委"],
      ["1", "保险", "区卫健委"],
    ]);
  });

  it("keeps a cell's paragraphs and line breaks as newlines and skips scripts and styles", () => {
    expect(
      htmlToRows(
        "<style>p{}</style><script>x()</script><table><tr><td><p>区教委</p><p>区卫生健康委</p></td><td>a<br>b</td></tr></table>",
      ),
    ).toEqual([["区教委\n区卫生健康委", "a\nb"]]);
  });

  it("caps absurd spans instead of allocating them", () => {
    expect(htmlToRows('<table><tr><td colspan="999999999">x</td></tr></table>')[0]).toHaveLength(1000);
  });
});
