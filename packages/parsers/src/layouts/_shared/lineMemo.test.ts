import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../_lib/lines";
import type { SourceLine } from "../../_lib/SourceLine";
import { LineMemo } from "./lineMemo";

describe("LineMemo", () => {
  const lines = toSourceLines("1.新增托位\n\n主责单位：区教委");

  it("reads each line of the document once per reader, whatever array it comes in", () => {
    const memo = new LineMemo(lines);
    const read: number[] = [];
    const length = (l: SourceLine) => (read.push(l.no), l.text.length);
    const a = memo.of(length);
    const b = memo.of(length);
    expect(lines.map(a)).toEqual([6, 0, 8]);
    expect(lines.slice(1).map(b)).toEqual([0, 8]);
    expect(read).toEqual([1, 2, 3]);
  });

  it("keeps every kind of reading, null, false, true, undefined and 0 included, and reads once", () => {
    const many = toSourceLines("a\nb\nc\nd\ne\nf\ng");
    const memo = new LineMemo(many);
    const kinds = [null, false, true, undefined, 0, "x", { k: 1 }];
    let reads = 0;
    const kindOf = memo.of((l) => (reads++, kinds[l.no - 1]));
    expect(many.map(kindOf)).toEqual(kinds);
    expect(many.map(kindOf)).toEqual(kinds);
    expect(kindOf(many[6] as SourceLine)).toBe(kinds[6]);
    expect(reads).toBe(7);
  });

  it("keeps a table per reader", () => {
    const memo = new LineMemo(lines);
    const text = memo.of((l) => l.text);
    const no = memo.of((l) => l.no);
    expect([text(lines[0] as SourceLine), no(lines[0] as SourceLine)]).toEqual(["1.新增托位", 1]);
  });

  it("reads a line that is not the document's line of its number every time", () => {
    const memo = new LineMemo(lines);
    let reads = 0;
    const text = memo.of((l) => (reads++, l.text));
    const stranger = { ...(lines[0] as SourceLine), text: "另一行" };
    expect([text(stranger), text(stranger), text({ ...stranger, no: 99 })]).toEqual([
      "另一行",
      "另一行",
      "另一行",
    ]);
    expect(reads).toBe(3);
  });
});
