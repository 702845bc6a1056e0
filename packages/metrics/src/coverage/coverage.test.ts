import { buildDocument, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { coverage } from "./coverage";

describe("coverage", () => {
  it("lists the districts citing a city item, as in the example", () => {
    const a = buildDocument({
      path: "a.txt",
      issuer: "东城区",
      tasks: [buildTask({ seq: 1, cityItem: "k1" })],
    });
    const b = buildDocument({
      path: "b.txt",
      issuer: "大兴区",
      tasks: [buildTask({ seq: 3, cityItem: "k1" })],
    });
    expect(coverage([a, b])[0]?.districts).toEqual(["东城区", "大兴区"]);
  });

  it("keeps the number as each district cites it, with the ref of the citing task", () => {
    const a = buildDocument({
      path: "a.txt",
      issuer: "东城区",
      tasks: [buildTask({ seq: 11, cityItem: "k" })],
    });
    const b = buildDocument({
      path: "b.txt",
      issuer: "大兴区",
      tasks: [buildTask({ seq: 10, cityItem: "k" })],
    });
    const [row] = coverage([a, b]);
    expect(row?.citations).toEqual([
      { district: "东城区", number: 11, ref: { source: "a.txt", section: 0, seq: 11 } },
      { district: "大兴区", number: 10, ref: { source: "b.txt", section: 0, seq: 10 } },
    ]);
  });

  it("gives one row per key, with each district once even when cited twice", () => {
    const a = buildDocument({
      path: "a.txt",
      tasks: [
        buildTask({ seq: 1, cityItem: "k1" }),
        buildTask({ seq: 2, cityItem: "k2" }),
        buildTask({ seq: 3, cityItem: "k1" }),
      ],
    });
    const rows = coverage([a]);
    expect(rows.map((r) => [r.key, r.citations.length, r.districts])).toEqual([
      ["k1", 2, ["东城区"]],
      ["k2", 1, ["东城区"]],
    ]);
  });

  it("ignores tasks that cite no city item", () => {
    expect(coverage([buildDocument({ tasks: [buildTask({ seq: 1 })] })])).toEqual([]);
  });
});
