import { buildDocument, buildQuantity as q, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { deadlineRisk } from "./deadlineRisk";

describe("deadlineRisk", () => {
  it("finds the overdue and due-soon tasks of the example", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 2, deadline: "2024-08-31" }), buildTask({ seq: 3, deadline: "2024-10-01" })],
    });
    const risk = deadlineRisk([doc], { asOf: "2024-09-15" });
    expect([risk.overdue.map((r) => r.seq), risk.dueSoon.map((r) => r.seq), risk.open]).toEqual([
      [2],
      [3],
      2,
    ]);
  });

  it("is not overdue on its deadline day, and is overdue the day after", () => {
    const doc = buildDocument({ tasks: [buildTask({ seq: 1, deadline: "2024-08-31" })] });
    expect(deadlineRisk([doc], { asOf: "2024-08-31" }).overdue).toEqual([]);
    expect(deadlineRisk([doc], { asOf: "2024-08-31" }).dueSoon).toHaveLength(1);
    expect(deadlineRisk([doc], { asOf: "2024-09-01" }).overdue).toHaveLength(1);
  });

  it("counts a deadline exactly 30 days ahead as due soon and 31 days ahead as not", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1, deadline: "2024-10-15" }), buildTask({ seq: 2, deadline: "2024-10-16" })],
    });
    const risk = deadlineRisk([doc], { asOf: "2024-09-15" });
    expect(risk.dueSoon.map((r) => r.seq)).toEqual([1]);
    expect(risk.lights.map((l) => l.light)).toEqual(["yellow", "green"]);
  });

  it("does not count a task stated completed as overdue, due soon or open", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1, deadline: "2024-08-31", status: "completed", progressText: "已完成" })],
    });
    const risk = deadlineRisk([doc], { asOf: "2025-01-10" });
    expect([risk.overdue, risk.dueSoon, risk.open, risk.done]).toEqual([[], [], 0, 1]);
    expect(risk.lights[0]).toMatchObject({ light: "green", rule: "done", doneBy: null });
  });

  it("does not count a task as overdue when a later report of its district states it completed", () => {
    const plan = buildDocument({
      path: "plan.txt",
      issued: "2024-01-01",
      tasks: [buildTask({ seq: 2, text: "建设 5 处口袋公园", deadline: "2024-08-31" })],
    });
    const report = buildDocument({
      path: "q3.txt",
      sections: [
        {
          year: 2024,
          period: "Q1-Q3",
          tasks: [buildTask({ seq: 9, text: "建设5处口袋公园。", status: "completed" })],
        },
      ],
    });
    const risk = deadlineRisk([plan, report], { asOf: "2024-12-01" });
    expect(risk.overdue).toEqual([]);
    expect(risk.lights[0]).toMatchObject({
      light: "green",
      rule: "done",
      doneBy: { source: "q3.txt", section: 0, seq: 9 },
    });
    expect(risk.lights[0]?.reason).toContain("later report");
  });

  it("matches the task in a later report by its city item key", () => {
    const plan = buildDocument({
      path: "plan.txt",
      issued: "2024-01-01",
      tasks: [buildTask({ seq: 2, text: "甲", cityItem: "k", deadline: "2024-08-31" })],
    });
    const report = buildDocument({
      path: "h1.txt",
      sections: [
        {
          year: 2024,
          period: "H1",
          tasks: [buildTask({ seq: 5, text: "乙", cityItem: "k", status: "completed" })],
        },
      ],
    });
    expect(deadlineRisk([report, plan], { asOf: "2024-12-01" }).overdue).toEqual([]);
  });

  it("does not take a completed statement from another district or from an earlier report", () => {
    const plan = buildDocument({
      path: "plan.txt",
      issued: "2024-06-01",
      tasks: [buildTask({ seq: 1, text: "甲", cityItem: "k", deadline: "2024-08-31" })],
    });
    const other = buildDocument({
      path: "dx.txt",
      issuer: "大兴区",
      sections: [
        {
          year: 2024,
          period: "annual",
          tasks: [buildTask({ seq: 1, text: "甲", cityItem: "k", status: "completed" })],
        },
      ],
    });
    const earlier = buildDocument({
      path: "q1.txt",
      sections: [
        {
          year: 2024,
          period: "Q1",
          tasks: [buildTask({ seq: 1, text: "甲", cityItem: "k", status: "completed" })],
        },
      ],
    });
    expect(deadlineRisk([plan, other, earlier], { asOf: "2024-12-01" }).overdue.map((r) => r.source)).toEqual(
      ["plan.txt"],
    );
  });

  it("lights red a task stated behind pace even when it is not yet due", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1, deadline: "2024-12-31", status: "in-progress", pace: "behind" })],
    });
    expect(deadlineRisk([doc], { asOf: "2024-03-01" }).lights[0]).toMatchObject({
      light: "red",
      rule: "behind",
    });
  });

  it("lights yellow a task whose stated progress lags the time elapsed", () => {
    const task = buildTask({
      seq: 1,
      deadline: "2024-12-31",
      targets: [q(100, "个")],
      status: "in-progress",
      actuals: [q(20, "个")],
    });
    const [light] = deadlineRisk(
      [buildDocument({ sections: [{ year: 2024, period: "Q1-Q3", tasks: [task] }] })],
      { asOf: "2024-09-30" },
    ).lights;
    expect(light).toMatchObject({ light: "yellow", rule: "lagging" });
    expect(light?.reason).toMatch(/75% of the time .* 20% done/);
  });

  it("lights green a task whose stated progress keeps pace", () => {
    const task = buildTask({
      seq: 1,
      deadline: "2024-12-31",
      targets: [q(100, "个")],
      status: "in-progress",
      actuals: [q(70, "个")],
    });
    const [light] = deadlineRisk(
      [buildDocument({ sections: [{ year: 2024, period: "Q1-Q3", tasks: [task] }] })],
      { asOf: "2024-09-30" },
    ).lights;
    expect(light).toMatchObject({ light: "green", rule: "on-schedule" });
  });

  it("lights yellow a task stated not started late in its year", () => {
    const task = buildTask({ seq: 1, deadline: "2024-12-31", status: "not-started" });
    expect(
      deadlineRisk([buildDocument({ sections: [{ year: 2024, tasks: [task] }] })], { asOf: "2024-06-30" })
        .lights[0]?.rule,
    ).toBe("lagging");
  });

  it("gives a light with a readable reason to every task with a deadline and none to the others", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1, deadline: "2024-08-31" }), buildTask({ seq: 2 })],
    });
    const risk = deadlineRisk([doc], { asOf: "2024-09-15" });
    expect(risk.lights).toHaveLength(1);
    expect(risk.lights[0]?.reason).toBe(
      "overdue: the deadline 2024-08-31 (2024-08-31) passed 15 days before 2024-09-15 and no report states it completed",
    );
    expect(risk.withDeadline).toBe(1);
  });

  it("refuses an asOf that is not a calendar date", () => {
    expect(() => deadlineRisk([], { asOf: "2024-02-30" })).toThrow(RangeError);
  });
});
