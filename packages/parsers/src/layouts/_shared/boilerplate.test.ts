import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBoilerplate, isClosing, isPageNumber } from "./boilerplate";

describe("isBoilerplate and isClosing", () => {
  it.each([
    "抄送：区委各部门",
    "北京市通州区人民政府办公室 2024年1月3日印发",
    "北京市通州区人民政府办公室 2024年1月3日 印发 　",
  ])("take %j for the closing block", (line) => {
    expect([isBoilerplate(line), isClosing(line)]).toEqual([true, true]);
  });

  it.each(["附件1", "联系人：王某", "（此件公开发布）", "———————", "印发：区政府办公室"])(
    "take %j for a frame of the document, not its close",
    (line) => {
      expect([isBoilerplate(line), isClosing(line)]).toEqual([true, false]);
    },
  );

  it.each([
    "新增托位1万个",
    "2024年1月3日印发的通知要求",
    "印发通知",
    `${"新增托位".repeat(40)}日印发`.slice(0, -3),
  ])("take %j for no frame", (line) => {
    expect([isBoilerplate(line), isClosing(line)]).toEqual([false, false]);
  });
});

describe("isPageNumber", () => {
  it("takes the page numbers of PDF conversion and nothing else", () => {
    expect(["- 3 -", "—12—", "第 2 页", "第 2 页 共 9 页", "3", "第二页"].map(isPageNumber)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

// The patterns as they were before the first-character and last-character checks were put before
// them: the checks must only save work, never change an answer.
const REFERENCE = {
  start:
    /^(?:抄送|抄报|主送|分送|印发[:：]|联系人|联系电话|经办人|附件[:：\d一二三四五六七八九十]|[（(]此件[^）)]{0,12}[）)]|[—－\-─]{3})/,
  printed: /日[ \t\u3000]{0,3}印发[ \t\u3000]{0,3}$/,
  closing: /^(?:抄送|抄报|分送)/,
  page: /^[—－\-–][ \t\u3000]{0,2}\d{1,4}[ \t\u3000]{0,2}[—－\-–]$|^第[ \t\u3000]{0,2}\d{1,4}[ \t\u3000]{0,2}页(?:[ \t\u3000]{0,2}[/，,共][ \t\u3000]{0,2}\d{1,4}[ \t\u3000]{0,2}页?)?$/,
};

describe("the quick checks before the patterns", () => {
  it("answer as the patterns alone do", () => {
    const piece = fc.constantFrom(
      ..."抄送报主分印发联系人电话经办附件此（）()—－-─–第页共/，,日1２三 \t\u3000：:x".split(""),
      "抄送",
      "日印发",
      "日 印发 ",
      "第 2 页",
      "- 3 -",
      "（此件公开发布）",
      "新增托位",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const t = pieces.join("");
        const printed = REFERENCE.printed.test(t.slice(-9));
        expect(isBoilerplate(t)).toBe(REFERENCE.start.test(t) || printed);
        expect(isClosing(t)).toBe(REFERENCE.closing.test(t) || printed);
        expect(isPageNumber(t)).toBe(REFERENCE.page.test(t));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 2000) },
    );
  });
});
