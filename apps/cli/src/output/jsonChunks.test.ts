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

  it("agrees with JSON.stringify on any JSON value standing deep inside a value that is cut", () => {
    const filler = Array.from({ length: 520 }, (_, i) => i);
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, 4), (v, indent) => {
        const whole = { filler, v, deeper: [[{ x: v, y: [v] }], filler] };
        expect(joined(whole, indent)).toBe(JSON.stringify(whole, null, indent || undefined));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 200) },
    );
  });

  it("agrees with JSON.stringify on values large enough to be cut, compact and indented", () => {
    const wide = Array.from({ length: 700 }, (_, i) => (i % 3 ? { n: i, s: ["两", null] } : [i, `${i}`]));
    const value = { a: wide, b: { c: [{ d: wide.slice(0, 300) }, []], e: {} }, f: undefined, g: [undefined] };
    expect(joined(value)).toBe(JSON.stringify(value));
    expect(joined(value, 2)).toBe(JSON.stringify(value, null, 2));
    expect(joined([value, value], 4)).toBe(JSON.stringify([value, value], null, 4));
  });

  it("writes a small container as one piece and a large one member by member", () => {
    const task = { seq: 1, text: "新增托位 600 个", units: [{ role: "lead", name: "区教委" }], span: [3, 4] };
    expect([...jsonChunks(task)]).toEqual([JSON.stringify(task)]);
    const tasks = Array.from({ length: 1000 }, (_, seq) => ({ ...task, seq }));
    const pieces = [...jsonChunks({ tasks })];
    // every task is one piece: none is cut into its fields, none holds two tasks
    expect(pieces.filter((p) => p.startsWith('{"seq":'))).toHaveLength(tasks.length);
    expect(Math.max(...pieces.map((p) => p.length))).toBe(JSON.stringify(tasks[999]).length);
  });
});
