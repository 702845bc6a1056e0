import { buildDocument, buildQuantity, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { sectionMetrics } from "./sectionMetrics";

describe("sectionMetrics", () => {
  it("gives the completion rate of the example", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1, status: "completed" }), buildTask({ seq: 2, status: "in-progress" })],
    });
    expect(sectionMetrics([doc])[0]?.completionRate).toBe(0.5);
  });

  it("gives a null completion rate, not 0 or NaN, when no task states a status", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1, progressText: "正在推进" }), buildTask({ seq: 2 })],
    });
    const [s] = sectionMetrics([doc]);
    expect(s?.completionRate).toBeNull();
    expect(s?.status).toEqual({ completed: 0, inProgress: 0, notStarted: 0, unstated: 2 });
  });

  it("gives a null completion rate for a section without tasks", () => {
    expect(sectionMetrics([buildDocument({ sections: [{}] })])[0]?.completionRate).toBeNull();
  });

  it("divides by the tasks with a stated status only, leaving unstated ones out", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({ seq: 1, status: "completed" }),
        buildTask({ seq: 2, status: "not-started" }),
        buildTask({ seq: 3, status: "in-progress" }),
        buildTask({ seq: 4 }),
      ],
    });
    const [s] = sectionMetrics([doc]);
    expect(s?.completionRate).toBeCloseTo(1 / 3);
    expect(s?.status).toEqual({ completed: 1, inProgress: 1, notStarted: 1, unstated: 1 });
  });

  it("tells quantified evidence, narrative only and none apart", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({ seq: 1, progressText: "已建成 3 个", actuals: [buildQuantity(3, "个")] }),
        buildTask({ seq: 2, progressText: "正在推进" }),
        buildTask({ seq: 3 }),
        buildTask({ seq: 4, status: "completed" }),
      ],
    });
    expect(sectionMetrics([doc])[0]?.evidence).toEqual({ quantified: 1, narrativeOnly: 1, none: 2 });
  });

  it("counts deadlines by month, sorted, and the tasks without one", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({ seq: 1, deadline: "2024-12-31" }),
        buildTask({ seq: 2, deadline: "2024-08-31" }),
        buildTask({ seq: 3, deadline: "2024-12-15" }),
        buildTask({ seq: 4 }),
      ],
    });
    const [s] = sectionMetrics([doc]);
    expect(Object.entries(s?.deadlinesByMonth ?? {})).toEqual([
      ["2024-08", 1],
      ["2024-12", 2],
    ]);
    expect(s?.deadlineMissing).toBe(1);
  });

  it("gives one row per section of each document in input order, with the refs of its tasks", () => {
    const a = buildDocument({
      path: "a.txt",
      issuer: "东城区",
      sections: [
        { kind: "completion", year: 2023, period: "annual", tasks: [buildTask({ seq: 1 })] },
        { kind: "plan", tasks: [buildTask({ seq: 7 })] },
      ],
    });
    const b = buildDocument({ path: "b.txt", issuer: null, tasks: [] });
    const rows = sectionMetrics([a, b]);
    expect(rows.map((r) => [r.source, r.section, r.issuer, r.kind, r.tasks])).toEqual([
      ["a.txt", 0, "东城区", "completion", 1],
      ["a.txt", 1, "东城区", "plan", 1],
      ["b.txt", 0, null, "plan", 0],
    ]);
    expect(rows[1]?.refs).toEqual([{ source: "a.txt", section: 1, seq: 7 }]);
    expect(rows[0]?.period).toEqual({ year: 2023, span: "annual", asOf: "2023-12-31" });
  });
});
