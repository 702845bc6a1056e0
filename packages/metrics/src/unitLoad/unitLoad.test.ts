import { buildDocument, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { unitLoad } from "./unitLoad";

describe("unitLoad", () => {
  it("counts lead and assist roles per body, as in the example", () => {
    const doc = buildDocument({
      issuer: "通州区",
      tasks: [
        buildTask({ seq: 1, district: "110112", lead: ["区卫生健康委"], assist: ["各街道办事处"] }),
        buildTask({ seq: 2, district: "110112", lead: ["区卫生健康委"] }),
      ],
    });
    expect(unitLoad([doc]).map((u) => [u.id, u.lead, u.assist, u.collective])).toEqual([
      ["110112:区卫生健康委", 2, 0, false],
      ["110112:各街道办事处:collective", 0, 1, true],
    ]);
  });

  it("merges the spellings of one body by id and keeps every name as written", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({ seq: 1, lead: [{ name: "区卫健委", id: "110101:区卫生健康委" }] }),
        buildTask({ seq: 2, lead: [{ name: "区卫生健康委", id: "110101:区卫生健康委" }] }),
      ],
    });
    const [u] = unitLoad([doc]);
    expect(u?.names).toEqual(["区卫健委", "区卫生健康委"]);
    expect(u?.lead).toBe(2);
    expect(u?.district).toBe("东城区");
    expect(u?.tasks).toEqual([
      { source: "test.txt", section: 0, seq: 1 },
      { source: "test.txt", section: 0, seq: 2 },
    ]);
  });

  it("counts a task once when one body is named twice on it", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1, lead: ["区教委", { name: "区教育委员会", id: "110101:区教委" }] })],
    });
    expect(unitLoad([doc])[0]?.lead).toBe(1);
  });

  it("marks a collective by kind or by an id ending in :collective", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({
          seq: 1,
          lead: [
            { name: "区政府各委办局", kind: "collective", id: "110101:委办局" },
            { name: "相关街道", kind: "other", id: "110101:相关街道:collective" },
          ],
        }),
      ],
    });
    expect(unitLoad([doc]).map((u) => u.collective)).toEqual([true, true]);
  });

  it("points a sub-office at its body and counts it with the body in leadWithSubUnits", () => {
    const doc = buildDocument({
      issuer: "通州区",
      tasks: [
        buildTask({ seq: 1, district: "110112", lead: ["区城市管理委"] }),
        buildTask({ seq: 2, district: "110112", lead: ["区城市管理委"] }),
        buildTask({ seq: 3, district: "110112", lead: ["区城市管理委（区城市管理指挥中心）"] }),
        buildTask({
          seq: 4,
          district: "110112",
          lead: ["区城市管理委", "区城市管理委（区城市管理指挥中心）"],
        }),
      ],
    });
    const [body, sub] = unitLoad([doc]);
    expect([body?.lead, body?.leadWithSubUnits, body?.parent]).toEqual([3, 4, null]);
    expect([sub?.lead, sub?.parent]).toEqual([2, "110112:区城市管理委"]);
  });

  it("keeps the same short name in two districts as two bodies", () => {
    const a = buildDocument({
      path: "a.txt",
      issuer: "东城区",
      tasks: [buildTask({ seq: 1, district: "110101", lead: ["区教委"] })],
    });
    const b = buildDocument({
      path: "b.txt",
      issuer: "大兴区",
      tasks: [buildTask({ seq: 1, district: "110115", lead: ["区教委"] })],
    });
    expect(unitLoad([a, b]).map((u) => [u.id, u.district])).toEqual([
      ["110101:区教委", "东城区"],
      ["110115:区教委", "大兴区"],
    ]);
  });
});
