import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDeadline } from "./readDeadline";
import { readOpenDeadline } from "./readOpenDeadline";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);

describe("readOpenDeadline", () => {
  it("reads the examples of its documentation", () => {
    expect(readOpenDeadline("长期坚持")).toBe("长期");
    expect(readOpenDeadline("每季度")).toBe("每季");
    expect(readOpenDeadline("见附件")).toBeNull();
  });

  it.each([
    "长期",
    "长期坚持",
    "持续推进",
    "常态化推进",
    "长效管理",
    "定期开展",
    "逐年推进",
    "每年",
    "每月",
    "按月推进",
    "按季度调度",
  ])("reads “%s” as open-ended, with no date", (cell) => {
    expect(readOpenDeadline(cell)).not.toBeNull();
    expect(readDeadline(cell, { year: 2024 })).toBeNull();
  });

  it.each(["见附件", "待定", "—", "", "区教委"])("does not read “%s” as open-ended", (cell) => {
    expect(readOpenDeadline(cell)).toBeNull();
  });

  it("never throws, and returns words of the text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const words = readOpenDeadline(text);
        expect(words === null || text.includes(words)).toBe(true);
      }),
      { numRuns },
    );
  });
});
