import { buildDocument, buildQuantity, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { internStrings } from "./internStrings";

describe("internStrings", () => {
  it("changes no value: subjects of targets and actuals, null subjects and city-item keys", () => {
    // Equal strings built apart, as a parse makes them.
    const subject = (s: string) => [...s].join("");
    const doc = buildDocument({
      tasks: [
        buildTask({
          seq: 1,
          cityItem: "bj:livelihood:2024:t1",
          targets: [buildQuantity(3, "个", { subject: subject("托位") }), buildQuantity(1, "处")],
        }),
        buildTask({
          seq: 2,
          cityItem: "bj:livelihood:2024:t1",
          targets: [buildQuantity(5, "个", { subject: subject("托位") })],
          actuals: [buildQuantity(2, "个", { subject: subject("托位") })],
        }),
        buildTask({ seq: 3, status: "completed" }),
      ],
    });
    const before = JSON.stringify(doc);
    expect(internStrings(doc)).toBe(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
