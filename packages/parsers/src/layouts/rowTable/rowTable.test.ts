import { readFileSync } from "node:fs";
import { unaccountedLines } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { parseRows, parseText } from "../../parseDocument";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const lead = (t: { units: readonly { role: string; name: string }[] } | undefined) =>
  (t?.units ?? []).filter((u) => u.role === "lead").map((u) => u.name);

describe("rowTable on a table flattened to | cell | lines", () => {
  const text = fixture("pipe-table.txt");
  const doc = parseText(text, { path: "pipe-table.txt" });
  const s = doc.sections[0];

  it("reads a progress section of the first half of 2025", () => {
    expect(s?.kind).toBe("progress");
    expect(s?.period).toEqual({ year: 2025, span: "H1", asOf: "2025-06-30" });
    expect(s?.tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
  });

  it("reads the source column as the city item and the status column as the stated status", () => {
    expect(s?.tasks.map((t) => t.cityItem?.number)).toEqual([2, 5, 9]);
    expect(s?.tasks.map((t) => t.progress?.status)).toEqual(["in-progress", "completed", "not-started"]);
    expect(lead(s?.tasks[0])).toEqual(["区教委", "区卫健委"]);
    expect(s?.tasks[1]?.deadline?.date).toBe("2025-10-31");
    expect(s?.tasks[1]?.progress?.actuals.map((q) => [q.value, q.unit])).toEqual([[21.5, "公里"]]);
    expect(s?.tasks[2]?.progress?.text).toBe("");
  });

  it("accounts for every line, the markdown separator row included", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on spaced rows with an empty cell and a wrapped cell", () => {
  const text = fixture("spaced-gaps.txt");
  const doc = parseText(text, { path: "spaced-gaps.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];
  const assist = (t: (typeof tasks)[number] | undefined) =>
    (t?.units ?? []).filter((u) => u.role === "assist").map((u) => u.name);

  it("places each cell under the column it lines up with", () => {
    expect(tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
    expect(tasks.map((t) => [lead(t), assist(t), t.deadline?.date])).toEqual([
      [["区发展改革委"], ["良乡镇"], "2024-12-31"],
      [["区人力社保局"], [], "2024-12-31"],
      [["区交通局"], ["各乡镇"], "2024-10-31"],
    ]);
    expect(tasks.map((t) => t.progress?.text)).toEqual([
      "已完成1个项目前期手续，2个项目正在办理规划许可。",
      "新增就业岗位2350个。",
      "已完成招标，计划4月开工。",
    ]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on tasks numbered 1-1, 1-2, 2-1", () => {
  const text = fixture("compound-numbers.txt");
  const doc = parseText(text, { path: "compound-numbers.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads every row as a task, numbered in order, and says how each was numbered", () => {
    expect(tasks.map((t) => [t.seq, t.text, lead(t), t.deadline?.date])).toEqual([
      [1, "推进世园公园转型升级，新增文旅活动10场", ["区园林绿化局"], "2025-12-31"],
      [2, "完成冬奥场馆赛后利用项目2个", ["区体育局"], "2025-10-31"],
      [3, "新建农村污水处理设施15座", ["区水务局"], "2025-11-30"],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "seq_compound").map((d) => [d.line, d.severity])).toEqual(
      [
        [3, "info"],
        [4, "info"],
        [5, "info"],
      ],
    );
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable under a header of two rows", () => {
  // 责任单位 merged over 主责单位 | 协办单位, as a Word or web table's header is filled out
  const rows = [
    ["序号", "项目内容", "责任单位", "责任单位", "完成时限", "进展情况"],
    ["序号", "项目内容", "主责单位", "协办单位", "完成时限", "进展情况"],
    ["1", "新增养老家庭照护床位300张", "区民政局", "各街道", "2024年12月", "已建设床位220张"],
  ];
  const doc = parseRows(rows, { path: "two-row-header.html" });

  it("reads one table whose columns the lower row names", () => {
    expect(doc.sections).toHaveLength(1);
    const task = doc.sections[0]?.tasks[0];
    expect(lead(task)).toEqual(["区民政局"]);
    expect(task?.units.filter((u) => u.role === "assist").map((u) => u.name)).toEqual(["各街道"]);
    expect(task?.progress?.text).toBe("已建设床位220张");
  });

  it("reads the lower row repeated on the next page as the same table going on", () => {
    const next = ["2", "完成20个老旧小区综合整治", "区住房城乡建设委", "", "2024年11月", "已完成"];
    const paged = parseRows([...rows, rows[1] ?? [], next], { path: "paged.html" });
    expect(paged.sections.map((s) => s.tasks.map((t) => t.seq))).toEqual([[1, 2]]);
  });
});

describe("rowTable on groups numbered 一, 二 in the 序号 column", () => {
  const text = fixture("group-rows.txt");
  const doc = parseText(text, { path: "group-rows.txt" });
  const s = doc.sections[0];

  it("reads the group rows as categories, with no count declared", () => {
    expect(s?.categories.map((c) => [c.name, c.declaredCount])).toEqual([
      ["托育服务", null],
      ["养老服务", null],
    ]);
    expect(s?.tasks.map((t) => [t.seq, t.category])).toEqual([
      [1, "托育服务"],
      [2, "托育服务"],
      [3, "养老服务"],
    ]);
  });

  it("reads both text columns into the task text, and the last date of a list as the deadline", () => {
    expect(s?.tasks.map((t) => t.text)).toEqual([
      "新增普惠托位500个",
      "开展托育机构安全检查2次",
      "养老助餐 建设养老助餐点10个",
    ]);
    expect(s?.tasks.map((t) => t.deadline?.date)).toEqual(["2024-12-31", "2024-12-31", "2024-10-31"]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on rows separated by runs of spaces", () => {
  const text = fixture("spaced-table.txt");
  const doc = parseText(text, { path: "spaced-table.txt" });

  it("reads both rows with their bodies, deadlines and figures", () => {
    const tasks = doc.sections[0]?.tasks ?? [];
    expect(doc.sections[0]?.period?.span).toBe("Q1");
    expect(tasks.map((t) => t.seq)).toEqual([1, 2]);
    expect(lead(tasks[0])).toEqual(["区城管委"]);
    expect(tasks[1]?.deadline?.date).toBe("2025-09-30");
    expect(tasks[1]?.progress?.actuals.map((q) => [q.value, q.unit])).toEqual([[8, "场"]]);
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on cells that wrap onto untabbed lines and a header repeated after a page break", () => {
  const text = fixture("wrapped-cells.txt");
  const doc = parseText(text, { path: "wrapped-cells.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads one section of three tasks", () => {
    expect(doc.sections).toHaveLength(1);
    expect(tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
    expect(doc.diagnostics.some((d) => d.code === "header_repeated")).toBe(true);
  });

  it("joins a wrapped body cell and a wrapped progress cell to the cells they broke out of", () => {
    expect(lead(tasks[0])).toEqual(["区民政局", "区商务局"]);
    expect(tasks[0]?.deadline?.date).toBe("2025-12-31");
    expect(tasks[0]?.progress?.text).toBe("已建成社区食堂 5 家，服务老年人 1.2 万人次。");
    expect(tasks[2]?.progress?.text).toBe("已完成 120 部，正在推进 80 部。");
    expect(tasks[0]?.span).toEqual({ startLine: 4, endLine: 6 });
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on rows handed over as cells", () => {
  it("reads a table from rows exactly as from tabbed text, multi-line cells included", () => {
    const doc = parseRows([
      ["昌平区2025年市实事任务前三季度进展情况"],
      ["序号", "任务来源", "任务内容", "主责单位", "完成时限", "任务进度", "进展情况"],
      [
        "1",
        "市民生实事第1项",
        "新增普惠托位300个。",
        "区教委\n区卫生健康委",
        "2025-12-31",
        "推进中",
        "1.新增托位120个。2.完成认定3家。",
      ],
    ]);
    const t = doc.sections[0]?.tasks[0];
    expect(lead(t)).toEqual(["区教委", "区卫生健康委"]);
    expect(t?.progress?.points).toHaveLength(2);
    expect(t?.progress?.status).toBe("in-progress");
    expect(doc.issuer?.name).toBe("昌平区");
  });
});

describe("rowTable on a table with a 类别 column, shares done and a column no field reads", () => {
  const text = fixture("share-category-notes.txt");
  const doc = parseText(text, { path: "share-category-notes.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];

  it("takes each task's category from the 类别 column, a blank cell from the row above", () => {
    expect(tasks.map((t) => [t.seq, t.category])).toEqual([
      [1, "托育服务"],
      [2, "托育服务"],
      [3, "城市更新"],
    ]);
  });

  it("reads a 完成比例 share as the stated status: 100% done, 0% not started, else under way", () => {
    expect(tasks.map((t) => [t.progress?.status, t.progress?.statusText])).toEqual([
      ["in-progress", "80%"],
      ["not-started", "0%"],
      ["completed", "100%"],
    ]);
    expect(tasks.map((t) => t.progress?.text)).toEqual([
      "已新增托位240个。",
      "正在选址。",
      "已完成12个小区改造。",
    ]);
  });

  it("says once that the 督办意见 column is read into no field, with its first cell", () => {
    const unread = doc.diagnostics.filter((d) => d.code === "column_unread");
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatchObject({ severity: "warning", line: 3 });
    expect(unread[0]?.message).toContain("督办意见");
    expect(unread[0]?.message).toContain("加快进度");
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on spaced cells with a column no role is known for", () => {
  const text = fixture("spaced-unknown-column.txt");
  const doc = parseText(text, { path: "spaced-unknown-column.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads the header with the unknown column kept, so the cells after it stay in place", () => {
    expect(tasks.map((t) => [t.seq, t.text, lead(t), t.deadline?.date, t.progress?.text])).toEqual([
      [1, "新增普惠托位200个", ["区卫健委"], "2024-12-31", "已新增托位50个。"],
      [2, "改造老旧小区5个", ["区住建委"], "2024-11-30", "已完成设计招标。"],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "column_unread").map((d) => d.line)).toEqual([3]);
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on cells separated by single spaces", () => {
  const text = fixture("word-cells.txt");
  const doc = parseText(text, { path: "word-cells.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads a row per numbered line under a header of column names", () => {
    expect(tasks.map((t) => [t.seq, t.text, lead(t), t.deadline?.date])).toEqual([
      [1, "新建社区卫生服务站3个", ["区卫健委"], "2024-12-31"],
      [2, "新增 3 岁以下普惠托位 500 个", ["区卫健委"], "2024-12-31"],
      [3, "新增公共停车位2000个其中新能源车位500个", ["区交通委"], "2024-10-31"],
    ]);
    expect(tasks.map((t) => t.units.filter((u) => u.role === "assist").map((u) => u.name))).toEqual([
      ["各街道"],
      ["区教委"],
      [],
    ]);
  });

  it("says which rows were split on a guess", () => {
    expect(doc.diagnostics.filter((d) => d.code === "unclassified_line").map((d) => d.line)).toEqual([4, 5]);
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on a plan with open-ended deadlines", () => {
  const text = fixture("open-deadlines.txt");
  const doc = parseText(text, { path: "open-deadlines.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];
  const about = (code: string) =>
    doc.diagnostics.filter((d) => d.code === code).map((d) => [d.severity, d.line]);

  it("reads the dated deadline and leaves the others without a date", () => {
    expect(tasks.map((t) => t.deadline?.date ?? null)).toEqual(["2024-12-31", null, null, null]);
  });

  it("says which tasks have no dated deadline (info) and which deadline it could not read (warning)", () => {
    expect(about("deadline_open")).toEqual([
      ["info", 5],
      ["info", 6],
    ]);
    expect(about("deadline_unreadable")).toEqual([["warning", 7]]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on a progress column per quarter", () => {
  const text = fixture("quarter-columns.txt");
  const doc = parseText(text, { path: "quarter-columns.txt" });
  const s = doc.sections[0];
  const tasks = s?.tasks ?? [];

  it("reads the latest quarter's column as the progress, so no work is counted twice", () => {
    expect(tasks.map((t) => t.progress?.text)).toEqual(["已新增托位350个", "已开工8个", "已建成5处"]);
    expect(tasks[0]?.progress?.actuals.map((q) => q.value)).toEqual([350]);
  });

  it("takes the period from that column when the title states none", () => {
    expect(s?.period).toEqual({ year: 2024, span: "H1", asOf: "2024-06-30" });
    expect(doc.diagnostics.some((d) => d.code === "period_inferred")).toBe(false);
  });

  it("says the earlier column was not read", () => {
    const unread = doc.diagnostics.filter((d) => d.code === "column_unread");
    expect(unread.map((d) => [d.severity, d.line])).toEqual([["warning", 4]]);
    expect(unread[0]?.message).toContain("一季度进展");
  });

  it("reads 是 as completed and says 否 states no status of the model (info, not a warning)", () => {
    expect(tasks.map((t) => t.progress?.status ?? null)).toEqual([null, null, "completed"]);
    const notDone = doc.diagnostics.filter((d) => d.code === "status_unreadable");
    expect(notDone.map((d) => [d.severity, d.line])).toEqual([
      ["info", 4],
      ["info", 5],
    ]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on a 牵头单位 column beside a 责任单位 column", () => {
  const text = fixture("lead-and-responsible.txt");
  const doc = parseText(text, { path: "lead-and-responsible.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];
  const assist = (t: (typeof tasks)[number] | undefined) =>
    (t?.units ?? []).filter((u) => u.role === "assist").map((u) => u.name);

  it("reads the 牵头单位 as leads and the 责任单位 as assisting them", () => {
    expect(tasks.map((t) => [lead(t), assist(t)])).toEqual([
      [["区卫健委"], ["区教委", "各街道"]],
      [["区园林绿化局"], ["区城管委"]],
    ]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on a completion table citing city items loosely", () => {
  const text = fixture("loose-sources.txt");
  const doc = parseText(text, { path: "loose-sources.txt" });
  const s = doc.sections[0];
  const tasks = s?.tasks ?? [];

  it("reads a completion report of the whole year", () => {
    expect(s?.kind).toBe("completion");
    expect(s?.period).toEqual({ year: 2024, span: "annual", asOf: "2024-12-31" });
  });

  it("reads 市实事5 and 对应市级民生实事第12项 as city items, and — as none", () => {
    expect(tasks.map((t) => (t.cityItem ? [t.cityItem.programme, t.cityItem.number] : null))).toEqual([
      ["livelihood", 5],
      ["livelihood", 12],
      null,
    ]);
    expect(tasks.map((t) => t.text)).toEqual([
      "新增养老家庭照护床位300张",
      "改造老旧管线50公里",
      "建设社区食堂10个",
    ]);
  });

  it("reads the leaders, the statuses, and says 未完成 states no status of the model", () => {
    expect(tasks.map((t) => t.leaders)).toEqual([["张三"], ["李四", "王五"], ["赵六"]]);
    expect(tasks.map((t) => t.progress?.status ?? null)).toEqual(["completed", null, "completed"]);
    expect(doc.diagnostics.filter((d) => d.code === "status_unreadable").map((d) => d.severity)).toEqual([
      "info",
    ]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on a table with no 序号 column", () => {
  const text = fixture("no-seq-column.txt");
  const doc = parseText(text, { path: "no-seq-column.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];

  it("numbers the tasks in their order and says so once, as a fact rather than a guess", () => {
    expect(tasks.map((t) => [t.seq, t.text])).toEqual([
      [1, "新增普惠托位300个"],
      [2, "改造老旧小区5个"],
      [3, "建设口袋公园3处"],
    ]);
    const inferred = doc.diagnostics.filter((d) => d.code === "seq_inferred");
    expect(inferred.map((d) => [d.severity, d.line])).toEqual([["info", 4]]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on a header that lost the tab after 序号", () => {
  const text = fixture("lost-seq-header.txt");
  const doc = parseText(text, { path: "lost-seq-header.txt" });
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads the rows' own numbers, and each cell under its column", () => {
    expect(tasks.map((t) => [t.seq, t.text, lead(t), t.progress?.text])).toEqual([
      [1, "新增普惠托位1万个", ["区卫健委"], "已新增托位2000个"],
      [2, "改造老旧小区10个", ["区住建委"], "已开工6个"],
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "seq_inferred")).toEqual([]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("rowTable on a bare table that names no year", () => {
  const text = [
    "序号\t项目名称\t牵头单位\t完成时限",
    "1\t市实事第4项：建设社区食堂8家\t区民政局\t2024年12月底",
    "2\t改造老旧小区5个\t区住建委\t年底前",
    "3\t新增停车位500个\t区城管委\t2024年10月",
  ].join("\n");
  const doc = parseText(text, { path: "bare.csv" });
  const s = doc.sections[0];

  it("takes the year most deadlines write, and says where it came from", () => {
    expect(s?.year).toBe(2024);
    const inferred = doc.diagnostics.filter((d) => d.code === "year_inferred");
    expect(inferred.map((d) => d.severity)).toEqual(["info"]);
    expect(inferred[0]?.message).toContain("deadlines");
  });

  it("then reads the city item and the deadlines written without a year", () => {
    expect(s?.tasks[0]?.cityItem?.year).toBe(2024);
    expect(s?.tasks.map((t) => t.deadline?.date)).toEqual(["2024-12-31", "2024-12-31", "2024-10-31"]);
  });
});
