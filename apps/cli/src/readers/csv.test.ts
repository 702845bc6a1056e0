import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLines } from "../output/toCsv";
import { csvRows } from "./csv";

const RUNS = Number(process.env.FC_NUM_RUNS ?? 200);

describe("csvRows", () => {
  it("reads the example of its documentation", () => {
    expect(csvRows('序号,项目内容\r\n1,"新增托位500个,含""普惠""托位"\r\n')).toEqual([
      ["序号", "项目内容"],
      ["1", '新增托位500个,含"普惠"托位'],
    ]);
  });

  it("reads line breaks inside quotes, LF and CR line ends, and empty fields", () => {
    expect(csvRows('a,"b\nc",\nd\re,,f')).toEqual([["a", "b\nc", ""], ["d"], ["e", "", "f"]]);
  });

  it("keeps a quote inside an unquoted field, and runs a field left open to the end", () => {
    expect(csvRows('a"b,c\n"open,\nrest')).toEqual([['a"b', "c"], ["open,\nrest"]]);
  });

  it("reads back any table the CLI writes as CSV (property)", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('"', ",", "\r\n", "\n", "区教委", ""));
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((n) =>
        fc.tuple(
          fc.array(cell, { minLength: n, maxLength: n }),
          fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 6 }),
        ),
      );
    fc.assert(
      fc.property(table, ([columns, rows]) => {
        const csv = [...csvLines({ name: "t", columns, rows }, { bom: false })].join("");
        expect(csvRows(csv)).toEqual([columns, ...rows]);
      }),
      { numRuns: RUNS },
    );
  });
});
