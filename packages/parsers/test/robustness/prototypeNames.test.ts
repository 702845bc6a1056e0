// Names that are also properties of every JavaScript object: a lookup table written as a plain
// object answers “constructor” with a function. A body, a deadline or a category may be written so.
import { parseText } from "@minsheng/parsers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectSound, RUNS } from "./expectSound";

const NAMES = Object.getOwnPropertyNames(Object.prototype).concat(["prototype", "length", "name"]);

describe("names of object properties", () => {
  it.each(NAMES)("reads %s as any other word, in every field", (name) => {
    const text = [
      `${name}（1项）`,
      `1.新增${name}托位 600 个。`,
      `完成时限：${name}`,
      `主责单位：区${name}、${name}`,
      `协办单位：${name}`,
      `完成情况：${name}`,
    ].join("\n");
    const doc = parseText(text);
    expectSound(doc, text);
    expect(doc.sections[0]?.tasks[0]?.units.map((u) => u.name)).toEqual([`区${name}`, name, name]);
  });

  it("keeps its invariants when such names fill any cell of a table", () => {
    const header = "序号\t任务来源\t任务内容\t主责单位\t完成时限\t任务进度\t进展情况";
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...NAMES, "1", "区教委"), { minLength: 7, maxLength: 7 }), {
          maxLength: 5,
        }),
        (rows) => {
          const text = [header, ...rows.map((r) => r.join("\t"))].join("\n");
          expectSound(parseText(text), text);
        },
      ),
      { numRuns: Math.min(RUNS, 2000) },
    );
  });
});
