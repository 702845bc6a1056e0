import { buildDocument, buildQuantity as q, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { changes } from "./changes";

describe("changes", () => {
  it("orders two reports by date and shows the status move and new figures, as in the example", () => {
    const q1 = buildDocument({
      path: "q1.txt",
      sections: [
        { year: 2024, period: "Q1", tasks: [buildTask({ seq: 1, cityItem: "k", status: "in-progress" })] },
      ],
    });
    const h1 = buildDocument({
      path: "h1.txt",
      sections: [
        {
          year: 2024,
          period: "H1",
          tasks: [buildTask({ seq: 4, cityItem: "k", status: "completed", actuals: [q(57, "条")] })],
        },
      ],
    });
    expect(
      changes([h1, q1]).map((c) => [
        c.from.source,
        c.to.source,
        c.statusFrom,
        c.statusTo,
        c.newActuals.length,
      ]),
    ).toEqual([["q1.txt", "h1.txt", "in-progress", "completed", 1]]);
  });

  it("reports only the figures the later report adds", () => {
    const a = buildDocument({
      path: "a.txt",
      sections: [
        {
          year: 2024,
          period: "Q1",
          tasks: [buildTask({ seq: 1, text: "新增托位", actuals: [q(100, "个")] })],
        },
      ],
    });
    const b = buildDocument({
      path: "b.txt",
      sections: [
        {
          year: 2024,
          period: "H1",
          tasks: [
            buildTask({
              seq: 1,
              text: "新增托位。",
              actuals: [q(1, "万个", { text: "1万个" }), q(100, "个"), q(10000, "个")],
            }),
          ],
        },
      ],
    });
    const [c] = changes([a, b]);
    expect(c?.newActuals.map((x) => x.text)).toEqual(["1万个", "10000个"]);
    expect([c?.fromDate, c?.toDate, c?.district]).toEqual(["2024-03-31", "2024-06-30", "东城区"]);
  });

  it("chains three reports into two changes", () => {
    const docs = (["Q1", "H1", "Q1-Q3"] as const).map((span, i) =>
      buildDocument({
        path: `${i}.txt`,
        sections: [{ year: 2024, period: span, tasks: [buildTask({ seq: 1, cityItem: "k" })] }],
      }),
    );
    expect(changes(docs).map((c) => `${c.from.source}→${c.to.source}`)).toEqual([
      "0.txt→1.txt",
      "1.txt→2.txt",
    ]);
  });

  it("does not link the same task in two districts", () => {
    const a = buildDocument({
      path: "a.txt",
      issuer: "东城区",
      sections: [{ year: 2024, period: "Q1", tasks: [buildTask({ seq: 1, cityItem: "k" })] }],
    });
    const b = buildDocument({
      path: "b.txt",
      issuer: "大兴区",
      sections: [{ year: 2024, period: "H1", tasks: [buildTask({ seq: 1, cityItem: "k" })] }],
    });
    expect(changes([a, b])).toEqual([]);
  });
});
