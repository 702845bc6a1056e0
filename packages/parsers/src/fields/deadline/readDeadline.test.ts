import { readFileSync } from "node:fs";
import { DeadlineSchema } from "@minsheng/core";
import { getDaysInMonth } from "date-fns";
import fc from "fast-check";
import { growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { readDeadline } from "./readDeadline";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);
const seed002 = new URL("../../../../../seeds/002_006c3378358f9c0c.txt", import.meta.url);

describe("readDeadline", () => {
  it("reads the examples of its documentation", () => {
    expect(readDeadline("2024年12月底前", { year: null })).toEqual({
      date: "2024-12-31",
      precision: "month",
      text: "2024年12月底前",
      hedged: false,
    });
    expect(readDeadline("年底前", { year: 2024 })).toEqual({
      date: "2024-12-31",
      precision: "year",
      text: "年底前",
      hedged: false,
    });
    expect(readDeadline("力争2026年8月底前", { year: 2024 })).toEqual({
      date: "2026-08-31",
      precision: "month",
      text: "力争2026年8月底前",
      hedged: true,
    });
    expect(readDeadline("长期", { year: 2024 })).toBeNull();
  });

  const table: readonly (readonly [
    name: string,
    text: string,
    year: number | null,
    date: string | null,
    precision: string | null,
  ])[] = [
    ["reads an ISO date as that day", "2024-12-31", null, "2024-12-31", "day"],
    ["reads a slashed date as that day", "2024/12/31", null, "2024-12-31", "day"],
    ["reads a dotted date as that day", "2024.12.31", null, "2024-12-31", "day"],
    ["reads 年月日 as that day", "2024年12月31日", null, "2024-12-31", "day"],
    ["reads 2024年12月底前 as the last day of December", "2024年12月底前", null, "2024-12-31", "month"],
    [
      "reads 2024 年 8 月底 with spaces as the last day of August",
      "2024 年 8 月底",
      null,
      "2024-08-31",
      "month",
    ],
    ["reads a bare month as its last day", "2024年12月", null, "2024-12-31", "month"],
    ["reads February of a leap year to the 29th", "2024年2月底", null, "2024-02-29", "month"],
    ["reads February of a common year to the 28th", "2023年2月底", null, "2023-02-28", "month"],
    ["reads 12月底前 in the document's year", "12月底前", 2024, "2024-12-31", "month"],
    ["reads 6月底前 in the document's year", "6月底前", 2024, "2024-06-30", "month"],
    ["reads a month and day in the document's year", "6月15日前", 2024, "2024-06-15", "day"],
    ["reads 年底前 as the last day of the document's year", "年底前", 2024, "2024-12-31", "year"],
    ["reads 年内 as the last day of the document's year", "年内", 2024, "2024-12-31", "year"],
    ["reads 2024年底 as the year's last day", "2024年底", null, "2024-12-31", "year"],
    ["reads a year alone as its last day", "2024年", null, "2024-12-31", "year"],
    ["reads 上半年 as June 30th", "上半年", 2024, "2024-06-30", "month"],
    ["reads 一季度 as March 31st", "一季度", 2024, "2024-03-31", "month"],
    ["reads 第一季度 as March 31st", "第一季度", 2024, "2024-03-31", "month"],
    ["reads Q4 as December 31st", "Q4", 2024, "2024-12-31", "month"],
    ["reads 2025Q2 as June 30th of its year", "2025Q2", 2024, "2025-06-30", "month"],
    ["reads a full-width ２０２４年Ｑ３", "２０２４年Ｑ３", null, "2024-09-30", "month"],
    ["reads 三季度 as September 30th", "三季度", 2024, "2024-09-30", "month"],
    ["reads 前三季度 as September 30th", "前三季度", 2024, "2024-09-30", "month"],
    ["reads 四季度 as December 31st", "四季度", 2024, "2024-12-31", "month"],
    ["reads a quarter with its own year", "2025年二季度", 2024, "2025-06-30", "month"],
    ["reads 9月中旬 as the 20th", "9月中旬", 2024, "2024-09-20", "day"],
    ["reads 9月上旬 as the 10th", "9月上旬", 2024, "2024-09-10", "day"],
    ["reads 9月下旬 as the month's last day", "9月下旬", 2024, "2024-09-30", "day"],
    ["reads 力争 dates", "力争2026年8月底前", 2024, "2026-08-31", "month"],
    ["reads full-width digits", "２０２４年１２月底前", null, "2024-12-31", "month"],
    ["reads ideographic spaces", "2024\u3000年\u300012\u3000月底", null, "2024-12-31", "month"],
    ["reads a Chinese year and month", "二〇二四年十二月底", null, "2024-12-31", "month"],
    ["reads 十二月月底 as December's last day", "十二月月底", 2024, "2024-12-31", "month"],
    ["reads a labelled cell", "完成期限：2024年12月底前", null, "2024-12-31", "month"],
    ["reads a range of months as its end", "2024年11月至12月", null, "2024-12-31", "month"],
    ["reads a range with a dash after 月", "2024年6月—12月", null, "2024-12-31", "month"],
    ["reads a range of month numbers", "2024年1-12月", null, "2024-12-31", "month"],
    ["reads a range of dotted dates", "2024.6-2024.12", null, "2024-12-31", "month"],
    ["reads a range of days", "2024/6/1-2024/12/31", null, "2024-12-31", "day"],
    ["reads a range into the next year", "12月至次年3月", 2024, "2025-03-31", "month"],
    ["reads 持续至 a year end", "持续至2025年底", 2024, "2025-12-31", "year"],
    [
      "reads a cell whose 到 starts no range",
      "2024年12月底前（到期后持续推进）",
      null,
      "2024-12-31",
      "month",
    ],
    ["reads 国庆节前 as September 30th", "国庆节前", 2024, "2024-09-30", "day"],
    ["reads the last date of a list", "2024年6月、12月", null, "2024-12-31", "month"],
    ["reads the last date of a list joined by 和", "6月和12月", 2024, "2024-12-31", "month"],
    [
      "reads a date before a comma that lists none",
      "2024年12月底前完成，2025年持续",
      null,
      "2024-12-31",
      "month",
    ],
    ["leaves a lunar festival unread rather than take the year's end", "2025年春节前", 2024, null, null],
    ["leaves 长期 unread", "长期", 2024, null, null],
    ["leaves 持续推进 unread", "持续推进", 2024, null, null],
    ["leaves 年底前 unread without a document year", "年底前", null, null, null],
    ["leaves 12月底前 unread without a document year", "12月底前", null, null, null],
    ["refuses a day that does not exist", "2024-02-30", null, "2024-02-29", "month"],
    ["refuses month 13", "2024年13月", null, "2024-12-31", "year"],
    ["leaves an empty cell unread", "", 2024, null, null],
    ["reads a two-digit year before a month", "24年12月", null, "2024-12-31", "month"],
    ["reads a two-digit year before its end", "25年底前", 2024, "2025-12-31", "year"],
    ["does not take a count of years for a year", "10年内", 2024, "2024-12-31", "year"],
    ["does not take a decimal's tail for a year", "1.24年12月", null, null, null],
  ];
  it.each(table)("%s", (_name, text, year, date, precision) => {
    const got = readDeadline(text, { year });
    expect(got?.date ?? null).toBe(date);
    if (precision) expect(got?.precision).toBe(precision);
  });

  it("marks only striving dates as hedged", () => {
    expect(readDeadline("力争2026年8月底前", { year: null })?.hedged).toBe(true);
    expect(readDeadline("争取年底前", { year: 2024 })?.hedged).toBe(true);
    expect(readDeadline("2026年8月底前", { year: null })?.hedged).toBe(false);
  });

  it("keeps the words it read, with whitespace collapsed", () => {
    expect(readDeadline("  2024 年 8 月底 ", { year: null })?.text).toBe("2024 年 8 月底");
  });

  it("reads seed 002 line 29 (a deadline followed by 4,500 spaces) in linear time", () => {
    const line = readFileSync(seed002, "utf8").split("\n")[28] ?? "";
    expect(line.length).toBeGreaterThan(4000);
    const value = line.slice(line.indexOf("：") + 1);
    const got = readDeadline(value, { year: 2024 });
    expect(readDeadline(line, { year: 2024 })?.date).toBe("2024-12-31");
    expect(got).toEqual({ date: "2024-12-31", precision: "month", text: "2024年12月底前", hedged: false });
    const read = (s: string) => readDeadline(s, { year: 2024 });
    expect(growthRatio(read, (n: number) => `2024年12月底前${" ".repeat(n)}`, 4500)).toBeLessThan(24);
  });

  it.each([
    { name: "repeated years", make: (n: number) => "2024年".repeat(n / 5) },
    { name: "spaces", make: (n: number) => " ".repeat(n) + "x" },
    { name: "repeated months", make: (n: number) => "12月".repeat(n / 3) },
    { name: "digits", make: (n: number) => "1".repeat(n) },
    { name: "ordinals", make: (n: number) => "第一".repeat(n / 2) },
    { name: "two-digit years", make: (n: number) => "24年".repeat(n / 3) },
  ])("stays linear on adversarial $name", ({ make }) => {
    expect(growthRatio((s: string) => readDeadline(s, { year: 2024 }), make, 25_000)).toBeLessThan(24);
  });

  it("never throws, and what it returns is a valid Deadline within a plausible year", () => {
    const pieces = fc.constantFrom(
      "2024",
      "年",
      "月",
      "日",
      "底",
      "前",
      "季度",
      "上半年",
      "中旬",
      "力争",
      " ",
      "\u3000",
      "12",
      "31",
      "-",
      ".",
      "/",
      "一",
      "十二",
      "〇",
      "第",
      "前三",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((a) => a.join("")),
        ),
        fc.option(fc.integer({ min: -5000, max: 5000 })),
        (text, year) => {
          const got = readDeadline(text, { year });
          if (got !== null) {
            expect(DeadlineSchema.safeParse(got).success).toBe(true);
            const y = Number(got.date.slice(0, 4));
            expect(y >= 1900 && y <= 2199).toBe(true);
          }
        },
      ),
      { numRuns },
    );
  });

  it("reads any valid calendar day written as 年月日", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1990-01-01T00:00:00Z"),
          max: new Date("2100-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split("-").map(Number);
          expect(readDeadline(`${y}年${m}月${day}日`, { year: null })?.date).toBe(iso);
          expect(readDeadline(iso, { year: null })?.date).toBe(iso);
        },
      ),
      { numRuns },
    );
  });

  it("counts the days of every month of every year it reads as date-fns does", () => {
    for (let y = 1900; y <= 2199; y++)
      for (let m = 1; m <= 12; m++) {
        const last = getDaysInMonth(new Date(y, m - 1, 1));
        const mm = String(m).padStart(2, "0");
        expect(readDeadline(`${y}年${m}月底`, { year: null })?.date).toBe(`${y}-${mm}-${last}`);
        for (let d = 28; d <= 31; d++) {
          const got = readDeadline(`${y}年${m}月${d}日`, { year: null });
          if (d <= last) expect(got?.date).toBe(`${y}-${mm}-${d}`);
          else expect(got?.precision).not.toBe("day");
        }
      }
  });
});
