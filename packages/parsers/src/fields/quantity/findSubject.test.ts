import { describe, expect, it } from "vitest";
import { findSubject } from "./findSubject";

describe("findSubject", () => {
  it("runs the @example", () => {
    expect(findSubject("新签约 1600 张养老家庭照护床位，满足", 4, 10, "张")).toBe("养老家庭照护床位");
  });

  it("reads the words before when nothing follows, cut after the verb", () => {
    expect(findSubject("新增停车位 1 万个；", 6, 10, "个")).toBe("停车位");
  });

  it("stops at a verb after the noun, and says nothing when the words are only a verb", () => {
    expect(findSubject("完成 1 家社会化托育机构转普惠托育机构认定", 3, 6, "家")).toBe("社会化托育机构");
    expect(findSubject("共开展 140 次", 4, 9, "次")).toBeNull();
  });

  it("does not read across the previous figure", () => {
    expect(findSubject("为 28.18 万人次申请补贴 34060 万元；", 16, 24, "元", 11)).toBe("申请补贴");
  });
});
