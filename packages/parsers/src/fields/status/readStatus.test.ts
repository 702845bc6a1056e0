import { readFileSync } from "node:fs";
import { PaceSchema, StatusSchema } from "@minsheng/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readStatedStatus, readStatus, type StatusReading } from "./readStatus";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);
const none: StatusReading = { status: null, statusText: null, pace: null };

describe("readStatus", () => {
  it("reads the examples of its documentation", () => {
    expect(readStatus("已完成")).toEqual({ status: "completed", statusText: "已完成", pace: null });
    expect(readStatus("按序时推进")).toEqual({
      status: "in-progress",
      statusText: "按序时推进",
      pace: "on-schedule",
    });
    expect(readStatus("未完成")).toEqual(none);
  });

  it.each<readonly [string, string, StatusReading["status"], StatusReading["pace"]]>([
    ["reads 已完成 as completed", "已完成", "completed", null],
    ["reads 完成 as completed", "完成", "completed", null],
    ["reads 全部完成 as completed", "全部完成", "completed", null],
    ["reads 已完成。 with its full stop as completed", " 已完成。 ", "completed", null],
    ["reads 推进中 as in progress", "推进中", "in-progress", null],
    ["reads 正在推进 as in progress", "正在推进", "in-progress", null],
    ["reads 序时推进 as in progress on schedule", "序时推进", "in-progress", "on-schedule"],
    ["reads 进行中 as in progress", "进行中", "in-progress", null],
    ["reads 持续推进 as in progress", "持续推进", "in-progress", null],
    ["reads 按计划推进 as in progress", "按计划推进", "in-progress", null],
    ["reads 正常推进 as in progress on schedule", "正常推进", "in-progress", "on-schedule"],
    ["reads 未启动 as not started", "未启动", "not-started", null],
    ["reads 尚未启动 as not started", "尚未启动", "not-started", null],
    ["reads 未开始 as not started", "未开始", "not-started", null],
    ["reads 提前完成 as completed ahead", "提前完成", "completed", "ahead"],
    ["reads 超序时进度 as ahead with no stated status", "超序时进度", null, "ahead"],
    ["reads 推进缓慢 as in progress behind", "推进缓慢", "in-progress", "behind"],
    ["reads 滞后 as behind with no stated status", "滞后", null, "behind"],
    ["reads 进度滞后 as behind", "进度滞后", null, "behind"],
    ["reads a status and a pace in one cell", "推进中（进度滞后）", "in-progress", "behind"],
    ["reads a share done as in progress", "已完成80%", "in-progress", null],
    ["does not read 未完成 as completed", "未完成", null, null],
    ["does not read 尚未完成 as completed", "尚未完成", null, null],
    ["reads an empty cell as unstated", "", null, null],
    ["reads unknown words as unstated", "见附件", null, null],
  ])("%s", (_name, cell, status, pace) => {
    const got = readStatus(cell);
    expect(got.status).toBe(status);
    expect(got.pace).toBe(pace);
    expect(got.statusText).toBe(status === null && pace === null ? null : cell.trim());
  });

  it("reads every status cell of seed 003 as completed", () => {
    const seed = readFileSync(
      new URL("../../../../../seeds/003_af483f4de0f66109.txt", import.meta.url),
      "utf8",
    );
    const cells = seed.split("\n").filter((l) => l.trim() === "已完成");
    expect(cells.length).toBeGreaterThan(10);
    for (const c of cells) expect(readStatus(c).status).toBe("completed");
  });

  it("never throws, and returns schema values with words only when it read something", () => {
    const words = fc.constantFrom(
      "已",
      "完成",
      "未",
      "推进",
      "中",
      "序时",
      "滞后",
      "启动",
      "尚",
      "。",
      " ",
      "80%",
      "提前",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(words).map((a) => a.join("")),
        ),
        (text) => {
          const got = readStatus(text);
          if (got.status !== null) expect(StatusSchema.safeParse(got.status).success).toBe(true);
          if (got.pace !== null) expect(PaceSchema.safeParse(got.pace).success).toBe(true);
          expect(got.statusText === null).toBe(got.status === null && got.pace === null);
        },
      ),
      { numRuns },
    );
  });
});

describe("readStatedStatus", () => {
  it("reads the examples of its documentation", () => {
    expect(readStatedStatus("已完成。")).toEqual({ status: "completed", statusText: "已完成。", pace: null });
    expect(readStatedStatus("已完成 2 个项目的选址工作。")).toEqual(none);
  });

  it.each<readonly [string, string, StatusReading["status"]]>([
    ["reads a cell that says only 已完成 as completed", "已完成", "completed"],
    ["reads a cell that says only 已全部完成。 as completed", "已全部完成。", "completed"],
    ["reads a cell that opens with the status alone", "已完成。全年共开通57条线路。", "completed"],
    ["does not read 已完成 about one step as the task's status", "已完成 2 个养老服务设施的选址工作", null],
    [
      "does not read a sentence that happens to include 已完成",
      "我区已完成13家村级温馨家园建设，完成年度任务。",
      null,
    ],
    ["does not read a narrative without status words", "已开通57条通学公交路线。", null],
    ["does not read 推进 inside a narrative", "持续推进老旧小区改造，已开工 3 个。", null],
    ["reads an empty cell as unstated", "", null],
  ])("%s", (_name, text, status) => {
    expect(readStatedStatus(text).status).toBe(status);
  });

  it("never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const got = readStatedStatus(text);
        expect(got.statusText === null).toBe(got.status === null);
      }),
      { numRuns },
    );
  });
});
