import { readFileSync } from "node:fs";
import { PaceSchema, StatusSchema } from "@minsheng/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHalfWidth } from "../../_lib/text/toHalfWidth";
import { readStatedStatus, readStatus, readsNotDone, type StatusReading } from "./readStatus";

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
    ["reads 基本完成 as in progress", "基本完成", "in-progress", null],
    ["reads 已基本完成 as in progress", "已基本完成", "in-progress", null],
    ["reads 部分完成 as in progress", "部分完成", "in-progress", null],
    ["reads 大部分已完成 as in progress", "大部分已完成", "in-progress", null],
    ["reads 初步完成 as in progress", "初步完成", "in-progress", null],
    ["reads 全部完成 after 部分推进 as completed", "部分推进，现已全部完成", "completed", null],
    ["reads 未按期完成 as behind with no stated status", "未按期完成", null, "behind"],
    ["reads 不能按时完成 as behind with no stated status", "不能按时完成", null, "behind"],
    ["reads 未能按期完成 as behind with no stated status", "未能按期完成", null, "behind"],
    ["does not read 没能完成 as completed", "没能完成", null, null],
    ["does not read 没有完成 as completed", "没有完成", null, null],
    ["reads 延期完成 as completed behind", "延期完成", "completed", "behind"],
    ["reads 逾期完成 as completed behind", "逾期完成", "completed", "behind"],
    ["reads 按期完成 as completed", "按期完成", "completed", null],
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

describe("readStatus on a 是否完成 column", () => {
  it.each(["是", " 是 ", "√", "✓", "✔"])("reads “%s” as completed", (cell) => {
    expect(readStatus(cell)).toEqual({ status: "completed", statusText: cell.trim(), pace: null });
  });

  it.each(["否", "×", "是否", "不是"])("reads “%s” as no status", (cell) => {
    expect(readStatus(cell)).toEqual(none);
  });
});

describe("readsNotDone", () => {
  it.each(["否", " 否 ", "×", "未完成", "尚未完成。", "没有完成", "未能完成", "没能完成"])(
    "reads “%s” as not done",
    (cell) => {
      expect(readsNotDone(cell)).toBe(true);
      expect(readStatus(cell).status).toBeNull();
    },
  );

  it.each(["是", "已完成", "否决", "未启动", "见附件", "未完成3个"])(
    "does not read “%s” as only not done",
    (cell) => {
      expect(readsNotDone(cell)).toBe(false);
    },
  );
});

describe("readStatus on a 完成比例 column", () => {
  it.each<readonly [string, StatusReading["status"]]>([
    ["100%", "completed"],
    ["100％", "completed"],
    ["120%", "completed"],
    ["0%", "not-started"],
    ["80%", "in-progress"],
    ["37.5%", "in-progress"],
    [" 60 % ", "in-progress"],
  ])("reads “%s” as %s", (cell, status) => {
    expect(readStatus(cell)).toEqual({ status, statusText: cell.trim().replace(/\s+/g, " "), pace: null });
  });

  it.each(["80", "%", "1000%", "约80%", "80%以上"])("reads “%s” as no share", (cell) => {
    expect(readStatus(cell)).toEqual(none);
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
    ["reads a cell that opens with the status as a clause of its own", "已完成，共整治32个小区", "completed"],
    ["reads a clause of its own under way", "正在推进，已新增4200个", "in-progress"],
    ["reads 超额完成 opening the cell as completed", "超额完成，服务老年人1.2万名", "completed"],
    ["does not read a first clause about one step", "已完成2个，其余正在装修", null],
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

  it("keeps the opening sentence or clause as written", () => {
    expect(readStatedStatus("已完成，共整治32个小区").statusText).toBe("已完成，");
    expect(readStatedStatus(" 已 完成！全年共开通57条通学公交线路").statusText).toBe("已 完成！");
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

// readStatedStatus before its head was read character by character: the head of a long narrative
// (or the whole of a short one) folded, then its spaces removed by a regular expression.
const REF_ONLY_STATUS =
  /^(?:该项目|该任务|本项目|任务)?(?:已全部完成|已完成|全部完成|已完工|提前完成|已?超额完成|尚未启动|未启动|推进中|正在推进|按序时推进|序时推进)[。.!！;；，,]?$/;
const REF_FIRST_SENTENCE = /^[^。.!！;；，,]{1,12}[。.!！;；，,]/;
function referenceReadStatedStatus(progressText: string): StatusReading {
  const ofFirstSentence = (s: string): StatusReading => {
    const first = REF_FIRST_SENTENCE.exec(s)?.[0];
    if (first === undefined || !REF_ONLY_STATUS.test(first)) return none;
    const reading = readStatus(first);
    if (reading.status === null) return none;
    // the status text is the sentence as written: as many characters, spaces aside, as `first`
    const written = progressText.replace(/\s+/g, " ").trim();
    let k = 0;
    for (let seen = 0; seen < first.length; k++) if (written[k] !== " ") seen++;
    return { ...reading, statusText: written.slice(0, k) };
  };
  if (progressText.length > 64) {
    const head = toHalfWidth(progressText.slice(0, 64)).replace(/\s+/g, "");
    if (head.length > 13) return ofFirstSentence(head);
  }
  const written = progressText.replace(/\s+/g, " ").trim();
  const s = toHalfWidth(written).replace(/\s+/g, "");
  if (REF_ONLY_STATUS.test(s)) {
    const reading = readStatus(s);
    return reading.status === null ? none : { ...reading, statusText: written };
  }
  return ofFirstSentence(s);
}

describe("readStatedStatus against the regular-expression head", () => {
  const words = fc.constantFrom(
    "已完成",
    "已全部完成",
    "完成",
    "推进中",
    "按序时推进",
    "尚未启动",
    "未完成",
    "提前完成",
    "滞后",
    "该项目",
    "任务",
    "已完成80%",
    "全年共",
    "选址工作",
    "2 个",
    "已完工",
  );
  const marks = fc.constantFrom("。", ".", "．", "!", "！", ";", "；", "，", "、");
  const spaces = fc.constantFrom(
    " ",
    "  ",
    "\t",
    "\n",
    "\u3000",
    "\u00a0",
    "\u2028",
    "\ufeff",
    "\u200b",
    "\u180e",
  );
  const narrative = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: words },
        { weight: 2, arbitrary: marks },
        spaces,
        fc.string({ maxLength: 3 }),
      ),
      {
        maxLength: 40,
      },
    )
    .map((a) => a.join(""));

  it("gives the same reading on any narrative, short or long", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          narrative,
          fc.string(),
          narrative.map((t) => " ".repeat(60) + t),
        ),
        (text) => {
          expect(readStatedStatus(text)).toEqual(referenceReadStatedStatus(text));
        },
      ),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });

  it("removes exactly the characters \\s matches (each UTF-16 code tried between a status and its stop)", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const text = `已完成${String.fromCharCode(c)}。全年共推进改造项目二十个`;
      const got = readStatedStatus(text);
      if (got.status !== referenceReadStatedStatus(text).status) expect([c, got]).toBe(null);
    }
  });
});
