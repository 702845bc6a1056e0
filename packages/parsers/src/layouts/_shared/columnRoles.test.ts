import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  columnRole,
  mayNameUnknownColumn,
  readHeader,
  readLabel,
  splitInlineLabels,
  type ColumnRole,
} from "./columnRoles";

const runs = Number(process.env.FC_NUM_RUNS ?? 200);

// readLabel as it was written with a pattern, before the label was read by hand.
const LABEL = /^[ \t\u3000]{0,3}([\u4e00-\u9fa5]{2,8})[ \t\u3000]{0,3}[:：][ \t\u3000]{0,3}/;
function readLabelByPattern(text: string): { role: ColumnRole; label: string; value: string } | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const label = m[1] ?? "";
  const role = columnRole(label);
  if (!role || role === "seq" || role === "text") return null;
  return { role, label, value: text.slice(m[0].length).trim() };
}

describe("columnRole", () => {
  it.each([
    ["序号", "seq"],
    ["任务来源", "source"],
    ["项目内容", "text"],
    ["任务内容/督查事项", "text"],
    ["具体任务", "text"],
    ["主责单位", "lead"],
    ["主要责任单位", "lead"],
    ["牵头单位", "lead"],
    ["责任单位", "lead"],
    ["协办单位", "assist"],
    ["配合单位", "assist"],
    ["牵头领导", "leaders"],
    ["完成时限", "deadline"],
    ["完成期限", "deadline"],
    ["完成时间", "deadline"],
    ["任务进度", "status"],
    ["完成比例", "status"],
    ["是否按期完成", "status"],
    ["完成率", "status"],
    ["完成进度", "status"],
    ["进展情况", "progress"],
    ["完成情况", "progress"],
    ["一季度进展", "progress"],
    ["上半年工作进展", "progress"],
    ["1-3月进展", "progress"],
    ["备注", "notes"],
  ])("reads the header %s as %s", (header, role) => {
    expect(columnRole(header)).toBe(role);
  });

  it("reads a header whatever its spacing and width, up to 16 characters", () => {
    expect(columnRole(" 主 责　单 位 ")).toBe("lead");
    expect(columnRole("Ｎｏ．")).toBe("seq");
    expect(columnRole("序号")).toBe("seq"); // again, from the cells seen last
    expect(columnRole(`项目内容${"　".repeat(40)}`)).toBe("text");
    expect(columnRole("主要责任单位主要责任单位主要责任")).toBe("lead");
    expect(columnRole("主要责任单位主要责任单位主要责任单")).toBeNull();
    expect(columnRole(" \u3000 ")).toBeNull();
  });

  it("names no role for a labelled value, though a header may end with its colon", () => {
    expect(columnRole("完成时限：2024年12月")).toBeNull();
    expect(columnRole("责任单位:区卫健委")).toBeNull();
    expect(columnRole("完成时限：")).toBe("deadline");
  });

  it("names no role for words that are not headers", () => {
    expect(columnRole("区卫健委")).toBeNull();
    expect(columnRole("一季度")).toBeNull();
    expect(columnRole("新增普惠托位1万个，免费为普惠托育机构提供安全运营保险")).toBeNull();
  });
});

describe("mayNameUnknownColumn", () => {
  it.each(["督办意见", "存在问题及下步计划", "备注二"])("takes %s for a column's name", (cell) => {
    expect(mayNameUnknownColumn(cell)).toBe(true);
  });

  it.each([
    "加",
    "2024年12月",
    "已完成。",
    "区卫健委、区教委",
    "市民生实事第3项",
    "新增普惠托位二百个并完成验收工作",
  ])("does not take %s for one", (cell) => {
    expect(mayNameUnknownColumn(cell)).toBe(false);
  });
});

describe("readHeader", () => {
  it("reads a row of header cells and refuses a row of data", () => {
    expect(readHeader(["序号", "项目内容", "主责单位", "进展情况"])).toEqual([
      "seq",
      "text",
      "lead",
      "progress",
    ]);
    expect(readHeader(["1", "市实事第 1 项：新增托位", "区卫健委", "已完成"])).toBeNull();
  });
});

describe("readLabel", () => {
  it("reads labelled lines with full- and half-width colons", () => {
    expect(readLabel("完成时限：2024 年 12 月底")).toEqual({
      role: "deadline",
      label: "完成时限",
      value: "2024 年 12 月底",
    });
    expect(readLabel("主责单位: 区生态环境局")).toEqual({
      role: "lead",
      label: "主责单位",
      value: "区生态环境局",
    });
    expect(readLabel("完成情况：建成1595套保障性住房")?.role).toBe("progress");
  });

  it("reads no label from a sentence with a colon", () => {
    expect(readLabel("各街道办事处，各乡、镇人民政府：")).toBeNull();
    expect(readLabel("市实事第 1 项：新增托位")).toBeNull();
  });
});

describe("readLabel read by hand", () => {
  it("reads the bounds of each run as the pattern did", () => {
    for (const gap of [" ", "\t", "\u3000"])
      for (let before = 0; before <= 5; before++)
        for (let after = 0; after <= 5; after++)
          for (const label of [
            "主",
            "主责",
            "主责单位",
            "主要责任单位",
            "主要责任单位负责",
            "主要责任单位负责人",
          ]) {
            const text = `${gap.repeat(before)}${label}${gap.repeat(after)}：区教委`;
            expect(readLabel(text)).toEqual(readLabelByPattern(text));
          }
  });

  it("reads every line as the pattern did", () => {
    const part = fc.constantFrom(
      " ",
      "\t",
      "\u3000",
      "  ",
      " \u3000 \t",
      "：",
      ":",
      "主责单位",
      "完成时限",
      "完成情况",
      "进展",
      "区",
      "教委",
      "市实事第",
      "1",
      "一二三四五六七八九",
      "a",
      "\u9fa5",
      "\u9fa6",
      "\u4e00",
      "\u4dff",
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 10 }), (parts) => {
        const text = parts.join("");
        expect(readLabel(text)).toEqual(readLabelByPattern(text));
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        expect(readLabel(text)).toEqual(readLabelByPattern(text));
      }),
      { numRuns: runs },
    );
  });
});

describe("splitInlineLabels", () => {
  it("keeps a line without a colon whole", () => {
    expect(splitInlineLabels("新建公共厕所20座，责任单位区城管委")).toEqual({
      head: "新建公共厕所20座，责任单位区城管委",
      labels: [],
    });
  });

  it("splits a line carrying its labels after the task", () => {
    const r = splitInlineLabels(
      "新建公共厕所20座。牵头领导：张三；责任单位：区城管委；完成时限：2025年10月底",
    );
    expect(r.head).toBe("新建公共厕所20座");
    expect(r.labels.map((l) => [l.role, l.value])).toEqual([
      ["leaders", "张三"],
      ["lead", "区城管委"],
      ["deadline", "2025年10月底"],
    ]);
  });

  it("leaves out the brackets the labels stand in, and keeps the brackets a value opens", () => {
    const r = splitInlineLabels(
      "新增普惠托位300个。（牵头单位：区卫生健康委（牵头）；配合单位：各街道办事处；完成时限：2025年12月）",
    );
    expect(r.head).toBe("新增普惠托位300个");
    expect(r.labels.map((l) => [l.role, l.value])).toEqual([
      ["lead", "区卫生健康委（牵头）"],
      ["assist", "各街道办事处"],
      ["deadline", "2025年12月"],
    ]);
    expect(splitInlineLabels("新建公厕20座【责任单位：区城管委（环卫中心）】").labels[0]?.value).toBe(
      "区城管委（环卫中心）",
    );
    expect(splitInlineLabels("新建公厕20座（含3座）责任单位：区城管委").head).toBe("新建公厕20座（含3座）");
  });
});

describe("splitInlineLabels on 进展： and other progress labels", () => {
  it("splits 进展： after a sentence or a bracket closes", () => {
    expect(splitInlineLabels("新增托位200个。（区卫健委，2024年12月底）进展：已完成150个。")).toEqual({
      head: "新增托位200个。（区卫健委，2024年12月底）",
      labels: [{ role: "progress", label: "进展", value: "已完成150个" }],
    });
    expect(splitInlineLabels("新增托位200个。工作进展：已完成150个").labels.map((l) => l.role)).toEqual([
      "progress",
    ]);
  });

  it("keeps 进展： inside a sentence as words", () => {
    expect(splitInlineLabels("试点工作取得积极进展：新增托位200个").labels).toEqual([]);
  });
});

describe("readLabel of the task text", () => {
  it("reads a label of the task text with its value, and none without a value", () => {
    expect(readLabel("项目名称：新建社区卫生服务站3个")).toEqual({
      role: "text",
      label: "项目名称",
      value: "新建社区卫生服务站3个",
    });
    expect(readLabel("任务内容: 新增托位")?.value).toBe("新增托位");
    expect(readLabel("项目名称：")).toBeNull();
    expect(readLabel("新建社区卫生服务站3个")).toBeNull();
  });
});
