import { buildDocument, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { concentration } from "./concentration";

describe("concentration", () => {
  it("leaves collectives out of the shares, as in the example", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({ seq: 1, lead: ["区教委", "各街道办事处"] }),
        buildTask({ seq: 2, lead: ["区教委"] }),
        buildTask({ seq: 3, lead: ["区民政局"] }),
      ],
    });
    const [row] = concentration([doc]);
    expect([row?.leadRoles, row?.collectivesLeftOut, row?.top[0]?.share]).toEqual([3, 1, 0.6666666666666666]);
  });

  it("never lists a collective among the top bodies, even when it leads most", () => {
    const doc = buildDocument({
      tasks: [1, 2, 3].map((seq) =>
        buildTask({ seq, lead: ["各街道办事处", ...(seq === 1 ? ["区民政局"] : [])] }),
      ),
    });
    const [row] = concentration([doc]);
    expect(row?.top.map((t) => t.id)).toEqual(["110101:区民政局"]);
    expect(row?.bodies).toBe(1);
    expect(row?.hhi).toBe(1);
    expect(row?.refs).toEqual([{ source: "test.txt", section: 0, seq: 1 }]);
  });

  it("gives a null index, not NaN, when only collectives lead", () => {
    const doc = buildDocument({ tasks: [buildTask({ seq: 1, lead: ["各街道办事处"] })] });
    expect(concentration([doc])[0]?.hhi).toBeNull();
  });

  it("computes the Herfindahl index of lead shares", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1, lead: ["区教委"] }), buildTask({ seq: 2, lead: ["区民政局"] })],
    });
    expect(concentration([doc])[0]?.hhi).toBeCloseTo(0.5);
  });

  it("gives one row per district of the bodies", () => {
    const a = buildDocument({
      path: "a.txt",
      issuer: "东城区",
      tasks: [buildTask({ seq: 1, district: "110101", lead: ["区教委"] })],
    });
    const b = buildDocument({
      path: "b.txt",
      issuer: "通州区",
      tasks: [buildTask({ seq: 1, district: "110112", lead: ["区教委"] })],
    });
    expect(concentration([a, b]).map((r) => r.district)).toEqual(["东城区", "通州区"]);
  });
});
