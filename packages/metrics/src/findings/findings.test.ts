import { buildDocument, buildQuantity as q, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { findings } from "./findings";

describe("findings", () => {
  it("finds a duplicate number and a gap, as in the example", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1 }), buildTask({ seq: 3 }), buildTask({ seq: 3 })],
    });
    expect(findings([doc]).map((f) => f.code)).toEqual(["numbering_duplicate", "numbering_gap"]);
  });

  it("finds a category whose declared count differs from the tasks found in it", () => {
    const doc = buildDocument({
      sections: [
        {
          categories: [
            { name: "改善居住条件", declaredCount: 4 },
            { name: "提升教育质量", declaredCount: 1 },
          ],
          tasks: [
            buildTask({ seq: 1, category: "改善居住条件" }),
            buildTask({ seq: 2, category: "改善居住条件" }),
            buildTask({ seq: 3, category: "提升教育质量" }),
          ],
        },
      ],
    });
    const [f, ...rest] = findings([doc]);
    expect(rest).toEqual([]);
    expect(f?.code).toBe("category_count_mismatch");
    expect(f?.message).toContain("改善居住条件 declares 4 tasks but 2 were found");
    expect(f?.refs.map((r) => r.seq)).toEqual([1, 2]);
  });

  it("reports a gap at the start of the numbering and a range of missing numbers", () => {
    const doc = buildDocument({ tasks: [buildTask({ seq: 2 }), buildTask({ seq: 6 })] });
    expect(findings([doc]).map((f) => f.message)).toEqual([
      "test.txt, section 0: no task is numbered 1 (between the start and 2)",
      "test.txt, section 0: no task is numbered 3–5 (between 2 and 6)",
    ]);
  });

  it("reads a numbering that starts again under each category as runs of its own", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({ seq: 1, category: "教育领域" }),
        buildTask({ seq: 2, category: "教育领域" }),
        buildTask({ seq: 1, category: "养老领域" }),
        buildTask({ seq: 3, category: "养老领域" }),
      ],
    });
    expect(findings([doc]).map((f) => f.message)).toEqual([
      "test.txt, section 0: no task is numbered 2 (between 1 and 3)",
    ]);
  });

  it("still finds a number given twice when a category comes back (a repeated page)", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({ seq: 1, category: "教育领域" }),
        buildTask({ seq: 1, category: "养老领域" }),
        buildTask({ seq: 1, category: "教育领域" }),
      ],
    });
    expect(findings([doc]).map((f) => f.code)).toEqual(["numbering_duplicate"]);
  });

  it("finds a completed task with no progress text, but not one with text or figures", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({ seq: 1, status: "completed" }),
        buildTask({ seq: 2, status: "completed", progressText: "已开通 57 条" }),
        buildTask({ seq: 3, status: "completed", actuals: [q(57, "条")] }),
      ],
    });
    expect(findings([doc]).map((f) => [f.code, f.refs[0]?.seq])).toEqual([["completed_without_progress", 1]]);
  });

  it("finds a plan deadline before the document's own date", () => {
    const doc = buildDocument({
      issued: "2024-03-01",
      tasks: [buildTask({ seq: 1, deadline: "2024-02-29" }), buildTask({ seq: 2, deadline: "2024-03-01" })],
    });
    expect(findings([doc]).map((f) => [f.code, f.refs[0]?.seq])).toEqual([["deadline_before_document", 1]]);
  });

  it("finds nothing in a consistent document", () => {
    const doc = buildDocument({
      issued: "2024-01-01",
      tasks: [1, 2, 3].map((seq) => buildTask({ seq, deadline: "2024-12-31" })),
    });
    expect(findings([doc])).toEqual([]);
  });
});
