import { describe, expect, it } from "vitest";
import { isResponsibleName, responsibleBesideLead, settleResponsible } from "./responsibleBodies";
import { settleHeaderRoles } from "./settleHeaderRoles";
import type { TaskRecord } from "./types";

describe("isResponsibleName", () => {
  it.each(["责任单位", "责任部门", " 实施单位 ", "承办单位"])(
    "reads “%s” as the responsible bodies",
    (name) => {
      expect(isResponsibleName(name)).toBe(true);
    },
  );

  it.each(["主要责任单位", "牵头单位", "主责单位", "配合单位", "责任领导"])(
    "does not read “%s” so",
    (name) => {
      expect(isResponsibleName(name)).toBe(false);
    },
  );
});

describe("responsibleBesideLead", () => {
  it("reads the examples of its documentation", () => {
    expect(responsibleBesideLead(["text", "lead", "lead"], ["项目名称", "牵头单位", "责任单位"])).toEqual([
      "text",
      "lead",
      "assist",
    ]);
    expect(responsibleBesideLead(["text", "lead"], ["项目名称", "责任单位"])).toEqual(["text", "lead"]);
  });

  it("leaves two leading columns, or a responsible one beside 主要责任单位 read as leading", () => {
    const two = responsibleBesideLead(["lead", "lead"], ["主责单位", "牵头单位"]);
    expect(two).toEqual(["lead", "lead"]);
    expect(responsibleBesideLead(["lead", "lead"], ["主要责任单位", "责任单位"])).toEqual(["lead", "assist"]);
  });
});

describe("settleResponsible", () => {
  const record = (cells: TaskRecord["cells"], responsible?: string): TaskRecord => ({
    seq: 1,
    cells,
    category: null,
    startLine: 1,
    endLine: 2,
    ...(responsible === undefined ? {} : { responsible }),
  });

  it("makes the responsible bodies assist a lead, after the assisting ones", () => {
    const rec = record({ text: "x", lead: "区卫健委", assist: "区教委" }, "各街道");
    settleResponsible(rec);
    expect(rec.cells).toEqual({ text: "x", lead: "区卫健委", assist: "区教委\n各街道" });
    expect(rec.responsible).toBeUndefined();
  });

  it("makes them lead where no lead is named, and leaves a record without them alone", () => {
    const alone = record({ text: "x" }, "区住建委");
    settleResponsible(alone);
    expect(alone.cells).toEqual({ text: "x", lead: "区住建委" });
    const none = record({ text: "x", lead: "区教委" });
    settleResponsible(none);
    expect(none.cells).toEqual({ text: "x", lead: "区教委" });
  });
});

describe("settleHeaderRoles", () => {
  it("reads the example of its documentation", () => {
    expect(
      settleHeaderRoles(
        ["text", "lead", "lead", "progress", "progress"],
        ["项目", "牵头单位", "责任单位", "一季度进展", "二季度进展"],
      ),
    ).toEqual(["text", "lead", "assist", null, "progress"]);
  });
});
