import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks } from "./jsonChunks";

const joined = (v: unknown, indent = 0) => [...jsonChunks(v, indent)].join("");

describe("jsonChunks", () => {
  it("writes exactly what JSON.stringify writes, compact and indented", () => {
    const doc = {
      schema: "x",
      a: [1, { b: [null, "两"], c: {} }, []],
      d: { e: { f: { g: { h: [1, 2] } } } },
      u: undefined,
    };
    expect(joined(doc)).toBe(JSON.stringify(doc));
    expect(joined(doc, 2)).toBe(JSON.stringify(doc, null, 2));
    expect(joined([doc, doc], 2)).toBe(JSON.stringify([doc, doc], null, 2));
  });

  it("agrees with JSON.stringify on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (v, indent) => {
        expect(joined(v, indent)).toBe(JSON.stringify(v, null, indent || undefined));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) },
    );
  });
});
