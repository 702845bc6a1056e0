import fc from "fast-check";
import { IsoDateSchema } from "@minsheng/core";
import { describe, expect, it } from "vitest";
import { periodEnd, readPeriod, type PeriodReading, type PeriodSpan } from "./readPeriod";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);

describe("readPeriod", () => {
  it("reads the examples of its documentation", () => {
    expect(readPeriod("东城区主责项目一季度进展情况表")).toEqual({ year: null, span: "Q1" });
    expect(readPeriod("大兴区2024年度市实事任务进展情况")).toEqual({ year: 2024, span: "annual" });
  });

  it.each<readonly [string, string, PeriodReading | null]>([
    ["reads 一季度 as Q1", "东城区主责项目一季度进展情况表", { year: null, span: "Q1" }],
    ["reads 第一季度 with a spaced year as Q1", "2024 年第一季度进展情况", { year: 2024, span: "Q1" }],
    ["reads 上半年 as H1", "2024年上半年重要民生实事进展", { year: 2024, span: "H1" }],
    ["reads 二季度 as H1", "二季度进展情况表", { year: null, span: "H1" }],
    ["reads 前三季度 as Q1-Q3", "东城区主责项目前三季度进展情况表", { year: null, span: "Q1-Q3" }],
    ["reads 三季度 as Q1-Q3", "2023年三季度进展", { year: 2023, span: "Q1-Q3" }],
    ["reads Q1 as Q1", "2024年Q1进展情况", { year: 2024, span: "Q1" }],
    ["reads Q2 as H1", "海淀区2024年Q2民生实事进展", { year: 2024, span: "H1" }],
    ["reads a full-width Ｑ３ as Q1-Q3", "２０２５年Ｑ３进展", { year: 2025, span: "Q1-Q3" }],
    ["reads Q4 as the year", "2024年Q4完成情况", { year: 2024, span: "annual" }],
    ["does not read a Q inside a word or before more digits", "QQ12群进展通报", null],
    ["reads 全年 as annual", "2024年全年任务进展", { year: 2024, span: "annual" }],
    [
      "reads 完成情况 as annual",
      "一、东城区 2023 年重要民生实事项目完成情况",
      { year: 2023, span: "annual" },
    ],
    ["reads 四季度 as annual", "2024年四季度进展情况", { year: 2024, span: "annual" }],
    ["lets a quarter win over 年度", "2024年度一季度进展情况", { year: 2024, span: "Q1" }],
    ["reads a month range as a span", "2024年1-6月进展情况", { year: 2024, span: "H1" }],
    ["reads a Chinese year", "二〇二四年上半年进展", { year: 2024, span: "H1" }],
    ["reads 截至6月底 as H1", "通州区2024年民生实事项目推进情况（截至6月底）", { year: 2024, span: "H1" }],
    ["reads 截止到 a quarter's last day", "进展情况（截止到2024年9月30日）", { year: 2024, span: "Q1-Q3" }],
    ["reads 截至三月末 as Q1", "截至三月末重点任务进展", { year: null, span: "Q1" }],
    ["reads 截至年底 as annual", "2025年重点任务推进情况（截至年底）", { year: 2025, span: "annual" }],
    ["reads no span as of a day inside a quarter", "推进情况（截至2024年6月15日）", null],
    ["reads no span as of the end of another month", "推进情况（截至10月底）", null],
    ["reads full-width digits", "２０２４年前三季度", { year: 2024, span: "Q1-Q3" }],
    ["reads no period from a plan title", "2024年通州区重要民生实事项目", null],
    ["reads no period from a progress title without a span", "进展情况表", null],
    ["reads no period from an empty title", "", null],
  ])("%s", (_name, text, want) => {
    expect(readPeriod(text)).toEqual(want);
  });

  it("never throws on any title, and returns a known span", () => {
    const pieces = fc.constantFrom(
      "2024",
      "年",
      "度",
      "一",
      "三",
      "前",
      "季度",
      "上半年",
      "全年",
      " ",
      "完成情况",
      "1-6月",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((a) => a.join("")),
        ),
        (text) => {
          const got = readPeriod(text);
          if (got) expect(["Q1", "H1", "Q1-Q3", "annual"]).toContain(got.span);
        },
      ),
      { numRuns },
    );
  });
});

describe("periodEnd", () => {
  it("reads the example of its documentation", () => {
    expect(periodEnd(2024, "Q1-Q3")).toBe("2024-09-30");
  });

  it.each<readonly [string, PeriodSpan, string]>([
    ["ends Q1 on March 31st", "Q1", "2024-03-31"],
    ["ends H1 on June 30th", "H1", "2024-06-30"],
    ["ends Q1-Q3 on September 30th", "Q1-Q3", "2024-09-30"],
    ["ends the year on December 31st", "annual", "2024-12-31"],
  ])("%s", (_name, span, want) => {
    expect(periodEnd(2024, span)).toBe(want);
  });

  it("always returns a valid date for plausible years", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2199 }),
        fc.constantFrom<PeriodSpan>("Q1", "H1", "Q1-Q3", "annual"),
        (y, span) => {
          expect(IsoDateSchema.safeParse(periodEnd(y, span)).success).toBe(true);
        },
      ),
      { numRuns },
    );
  });
});
