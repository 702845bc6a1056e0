import { buildDocument, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { collaboration } from "./collaboration";

describe("collaboration", () => {
  it("pairs the lead and assisting bodies of a task, as in the example", () => {
    const doc = buildDocument({
      tasks: [buildTask({ seq: 1, lead: ["区教委"], assist: ["区卫健委", "各相关单位"] })],
    });
    expect(collaboration([doc]).map((c) => [c.lead, c.assist, c.tasks])).toEqual([
      ["110101:区教委", "110101:区卫健委", 1],
    ]);
  });

  it("counts the tasks of a pair with their refs, most frequent first", () => {
    const doc = buildDocument({
      tasks: [
        buildTask({ seq: 1, lead: ["A局"], assist: ["B局"] }),
        buildTask({ seq: 2, lead: ["C局"], assist: ["D局"] }),
        buildTask({ seq: 3, lead: ["C局"], assist: ["D局", { name: "D局简称", id: "110101:D局" }] }),
      ],
    });
    const rows = collaboration([doc]);
    expect(rows.map((c) => [c.lead, c.assist, c.tasks])).toEqual([
      ["110101:C局", "110101:D局", 2],
      ["110101:A局", "110101:B局", 1],
    ]);
    expect(rows[0]?.refs.map((r) => r.seq)).toEqual([2, 3]);
  });

  it("does not pair bodies that only lead together", () => {
    expect(collaboration([buildDocument({ tasks: [buildTask({ seq: 1, lead: ["A局", "B局"] })] })])).toEqual(
      [],
    );
  });
});
