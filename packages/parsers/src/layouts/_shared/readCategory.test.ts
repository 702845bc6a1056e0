import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCategory } from "./readCategory";

// The check readCategory made first before it looked at the last character: trim, then the end.
const endsAsCategory = (text: string) => {
  const t = text.trim();
  return t.endsWith(")") || t.endsWith("）");
};

describe("readCategory", () => {
  it.each([
    ["改善居住条件（4项）", "改善居住条件", 4],
    ["二、方便市民出行（5项）", "方便市民出行", 5],
    ["一、优化基本公共服务(5件)", "优化基本公共服务", 5],
    ["（三）托育服务（共3项）", "托育服务", 3],
    ["保障公共安全（五项）", "保障公共安全", 5],
  ])("reads %s as %s with %i declared", (line, name, count) => {
    expect(readCategory(line)).toEqual({ name, declaredCount: count });
  });

  it("reads a category line of the longest form, and no longer line", () => {
    const name = "改善居住条件".repeat(4);
    const longest = `(一二三)  ${name}  (  共  一二三四  大项  )`;
    expect(longest).toHaveLength(50);
    expect(readCategory(longest)).toEqual({ name, declaredCount: 1234 });
    expect(readCategory(`  ${longest}  `)).toEqual({ name, declaredCount: 1234 });
    expect(readCategory(longest.replace(")", "）"))).toEqual({ name, declaredCount: 1234 });
    expect(readCategory(longest.replace("(一二三)", "(一二三) "))).toBeNull();
  });

  it("reads no category from a task that mentions a count in brackets mid-sentence", () => {
    expect(readCategory("（一）新开工10个，竣工5个老旧小区综合整治项目（2项）")).toBeNull();
    expect(readCategory("创建 1200 个生活垃圾分类示范居住小区（村）。")).toBeNull();
  });

  it("rejects from the last character exactly the lines the trimmed check rejected", () => {
    const piece = fc.constantFrom(
      "（",
      "）",
      "(",
      ")",
      "改善居住条件",
      "5项",
      " ",
      "\u3000",
      "\t",
      "\u00a0",
      "\n",
      "。",
      "x",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join("");
        if (!endsAsCategory(text)) expect(readCategory(text)).toBeNull();
        else expect(readCategory(text)).toEqual(readCategory(text.trim()));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) },
    );
  });
});
