import { describe, expect, it } from "vitest";
import { mayCarryRoleMarks, readRoleMark, readRoleSuffix, rolesOfCell } from "./readRoleMark";

describe("readRoleMark", () => {
  it.each([
    ["区卫健委（牵头）", "区卫健委", "lead"],
    ["区卫健委(牵头单位)", "区卫健委", "lead"],
    ["区教委【主责】", "区教委", "lead"],
    ["各街道（配合）", "各街道", "assist"],
    ["区财政局（协办单位）", "区财政局", "assist"],
    ["区民政局(参与)", "区民政局", "assist"],
  ] as const)("reads %s as %s, %s", (written, name, role) => {
    expect(readRoleMark(written)).toEqual({ name, role });
  });

  it.each(["区城管委（环卫中心）", "区卫健委", "（牵头）", "区卫健委（牵头）办公室", "区卫健委（牵头"])(
    "keeps %s as written, with no role",
    (written) => {
      expect(readRoleMark(written)).toEqual({ name: written, role: null });
    },
  );
});

describe("readRoleSuffix", () => {
  it.each([
    ["区民政局牵头", "区民政局", "lead"],
    ["区卫健委牵头负责", "区卫健委", "lead"],
    ["区教委负责", "区教委", "lead"],
    ["区残联、各街道配合", "区残联、各街道", "assist"],
    ["区财政局协办单位", "区财政局", "assist"],
  ] as const)("reads %s as %s, %s", (written, text, role) => {
    expect(readRoleSuffix(written)).toEqual({ text, role });
  });

  it.each(["区教委", "牵头", "配合单位", "区城管委（牵头）"])(
    "keeps %s as written, with no role",
    (written) => {
      expect(readRoleSuffix(written)).toEqual({ text: written, role: null });
    },
  );
});

describe("rolesOfCell", () => {
  it("gives the unmarked bodies of a cell with a 牵头 mark the assisting role", () => {
    expect(rolesOfCell(["区卫健委（牵头）", "区教委", "各镇街（配合）"], "lead")).toEqual([
      { name: "区卫健委", role: "lead" },
      { name: "区教委", role: "assist" },
      { name: "各镇街", role: "assist" },
    ]);
  });

  it("leaves the column's role to bodies when no body is marked 牵头", () => {
    expect(rolesOfCell(["区教委", "各街道（配合）"], "lead")).toEqual([
      { name: "区教委", role: "lead" },
      { name: "各街道", role: "assist" },
    ]);
    expect(rolesOfCell(["区财政局", "区审计局"], "assist")).toEqual([
      { name: "区财政局", role: "assist" },
      { name: "区审计局", role: "assist" },
    ]);
  });
});

describe("mayCarryRoleMarks", () => {
  it("is true only when some name ends with a closing bracket", () => {
    expect(mayCarryRoleMarks(["区教委", "各街道(配合)"])).toBe(true);
    expect(mayCarryRoleMarks(["区教委【主责】"])).toBe(true);
    expect(mayCarryRoleMarks(["区教委", "区财政局"])).toBe(false);
    expect(mayCarryRoleMarks([])).toBe(false);
  });
});
