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
