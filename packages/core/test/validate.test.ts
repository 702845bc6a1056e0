import { describe, expect, it } from "vitest";
import { DocumentSchema, formatIssues, validateDocument, validateMetrics, type Document } from "../src/index";

const doc: Document = {
  schema: "minsheng.document/v1",
  source: { path: "a.txt", sha256: "a".repeat(64), encoding: "utf-8", lines: 3 },
  title: "东城区 2024 年重要民生实事项目",
  issuer: { name: "东城区", code: "110101" },
  docNumber: null,
  issued: "2024-01-01",
  sections: [
    {
      kind: "plan",
      title: null,
      year: 2024,
      period: null,
      categories: [],
      layout: "numberedList",
      tasks: [
        {
          seq: 1,
          text: "新增幼儿托位 600 个。",
          category: null,
          cityItem: null,
          units: [{ role: "lead", name: "区教委", id: "110101:区教育委员会", kind: "district-body" }],
          leaders: [],
          deadline: { date: "2024-12-31", precision: "month", text: "2024 年 12 月底", hedged: false },
          targets: [{ value: 600, unit: "个", comparator: "=", text: "600 个", subject: "幼儿托位" }],
          progress: null,
          span: { startLine: 2, endLine: 3 },
        },
      ],
    },
  ],
  outline: [{ startLine: 1, endLine: 1, role: "title", section: null }],
  diagnostics: [{ code: "line_joined", severity: "info", message: "x", line: 3 }],
};

describe("validateDocument", () => {
  it("accepts a valid document and returns it", () => {
    const r = validateDocument(doc);
    expect(r.success).toBe(true);
  });

  it("survives a round trip through JSON unchanged", () => {
    const back = JSON.parse(JSON.stringify(doc));
    expect(DocumentSchema.parse(back)).toEqual(doc);
  });

  it("says where and why an invalid document is wrong", () => {
    const bad = structuredClone(doc) as unknown as {
      sections: { tasks: { seq: unknown; deadline: { date: string } }[] }[];
    };
    const task = bad.sections[0]?.tasks[0];
    if (task) {
      task.seq = "one";
      task.deadline.date = "2024-13-45";
    }
    const r = validateDocument(bad);
    expect(r.success).toBe(false);
    if (!r.success) {
      const paths = r.issues.map((i) => i.path);
      expect(paths).toContain("$.sections[0].tasks[0].seq");
      expect(paths).toContain("$.sections[0].tasks[0].deadline.date");
      expect(formatIssues(r.issues)).toMatch(/^\$\.sections\[0\]\.tasks\[0\]\./m);
    }
  });

  it("rejects a diagnostic code outside the closed set", () => {
    const bad = {
      ...doc,
      diagnostics: [{ code: "something_odd", severity: "info", message: "x", line: null }],
    };
    expect(validateDocument(bad).success).toBe(false);
  });

  it("rejects a span that ends before it starts", () => {
    const bad = structuredClone(doc);
    const t = bad.sections[0]?.tasks[0];
    if (t) t.span = { startLine: 5, endLine: 2 };
    expect(validateDocument(bad).success).toBe(false);
  });
});

describe("validateMetrics", () => {
  it("rejects a value that is not a metrics object", () => {
    const r = validateMetrics({ schema: "minsheng.metrics/v1" });
    expect(r.success).toBe(false);
  });
});
