import { readFileSync } from "node:fs";
import { unaccountedLines } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { parseText } from "../../parseDocument";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const parse = (name: string) => {
  const text = fixture(name);
  return { text, doc: parseText(text, { path: name }) };
};
const names = (units: readonly { role: string; name: string }[], role: string) =>
  units.filter((u) => u.role === role).map((u) => u.name);

describe("numberedList on a plan with half-width punctuation, tags and label variants", () => {
  const { text, doc } = parse("halfwidth-plan.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads one plan section of five tasks numbered 1. 2、 3. 4、 (5)", () => {
    expect(doc.sections.map((s) => s.kind)).toEqual(["plan"]);
    expect(tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.issuer?.name).toBe("海淀区");
    expect(doc.sections[0]?.year).toBe(2025);
  });

  it("reads the categories with their declared counts and reports the one that does not add up", () => {
    expect(doc.sections[0]?.categories.map((c) => [c.name, c.declaredCount])).toEqual([
      ["优化基本公共服务", 5],
      ["改善居住条件", 2],
    ]);
    expect(tasks.map((t) => t.category)).toEqual([
      "优化基本公共服务",
      "优化基本公共服务",
      "优化基本公共服务",
      "改善居住条件",
      "改善居住条件",
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "category_count_mismatch")).toHaveLength(1);
  });

  it("keeps the 【tag】 out of the task text", () => {
    expect(tasks[0]?.text.startsWith("新增普惠托位")).toBe(true);
    expect(tasks[1]?.text.startsWith("新建社区养老服务驿站")).toBe(true);
  });

  it("reads 主要责任单位 / 牵头单位 / 责任单位 as lead and 配合单位 as assist, split on half-width commas", () => {
    expect(names(tasks[0]?.units ?? [], "lead")).toEqual(["区教委"]);
    expect(names(tasks[0]?.units ?? [], "assist")).toEqual(["区卫健委", "各街道办事处"]);
    expect(names(tasks[1]?.units ?? [], "lead")).toEqual(["区民政局"]);
    expect(names(tasks[3]?.units ?? [], "lead")).toEqual(["区住建委", "区城管委"]);
  });

  it("reads 完成时间 deadlines, the hedged one marked", () => {
    expect(tasks.map((t) => t.deadline?.date)).toEqual([
      "2025-12-31",
      "2025-08-31",
      "2025-06-30",
      "2025-12-31",
      "2025-09-30",
    ]);
    expect(tasks[1]?.deadline?.hedged).toBe(true);
    expect(doc.diagnostics.some((d) => d.code === "deadline_hedged")).toBe(true);
  });

  it("reads the targets, 1.2万户 included", () => {
    expect(tasks[0]?.targets.map((q) => [q.value, q.unit, q.comparator])).toContainEqual([800, "个", ">="]);
    expect(tasks[4]?.targets.map((q) => [q.value, q.unit])).toContainEqual([12000, "户"]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on a plan numbered (1) (2)", () => {
  const { text, doc } = parse("paren-numbered.txt");

  it("reads both tasks with their half-width labels", () => {
    const tasks = doc.sections[0]?.tasks ?? [];
    expect(tasks.map((t) => t.seq)).toEqual([1, 2]);
    expect(tasks.map((t) => t.deadline?.date)).toEqual(["2025-11-30", "2025-10-31"]);
    expect(names(tasks[1]?.units ?? [], "lead")).toEqual(["区交通局"]);
    expect(tasks[1]?.targets.map((q) => [q.value, q.unit])).toEqual([[50, "公里"]]);
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on a notice numbered 一、二、 with inline labels", () => {
  const { text, doc } = parse("cjk-numbered-notice.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads the notice's facts: title, issuer, number, signing date", () => {
    expect(doc.title).toBe("北京市朝阳区人民政府关于印发2025年朝阳区民生实事的通知");
    expect(doc.issuer?.code).toBe("110105");
    expect(doc.docNumber).toBe("朝政发〔2025〕3号");
    expect(doc.issued).toBe("2025-02-10");
  });

  it("reads three tasks with leaders, bodies and deadlines from one line each", () => {
    expect(tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
    expect(tasks[1]?.leaders).toEqual(["李四", "王五"]);
    expect(names(tasks[1]?.units ?? [], "lead")).toEqual(["区商务局"]);
    expect(names(tasks[1]?.units ?? [], "assist")).toEqual(["各街道办事处"]);
    expect(tasks.map((t) => t.deadline?.date)).toEqual(["2025-10-31", "2025-12-31", "2025-06-30"]);
    expect(tasks[0]?.text).toBe("新建改建公共厕所20座，提升环境卫生水平");
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on tasks whose labels stand in brackets after the text", () => {
  const { text, doc } = parse("bracketed-labels.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("keeps the brackets out of the task text and of the last label's value", () => {
    expect(tasks.map((t) => t.text)).toEqual([
      "新增普惠托位300个",
      "完成老旧小区综合整治10个，惠及居民3000余户",
      "新建、改建社区足球场5块",
    ]);
    expect(tasks.map((t) => t.deadline?.text)).toEqual(["2025年12月", "2025年11月底", "2025年10月"]);
    expect(tasks[0]?.leaders).toEqual(["王某某"]);
    expect(names(tasks[0]?.units ?? [], "assist")).toEqual(["各街道办事处"]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on tasks that cite their city item at their end", () => {
  const { text, doc } = parse("trailing-citations.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads the citation with the title's programme and keeps it out of the task text", () => {
    expect(tasks.map((t) => [t.text, t.cityItem?.programme, t.cityItem?.year, t.cityItem?.number])).toEqual([
      ["新增3岁以下普惠托位1000个", "livelihood", 2024, 1],
      ["建设老年助餐点15个", "livelihood", 2024, 5],
    ]);
    expect(tasks.map((t) => [names(t.units, "lead"), t.deadline?.date])).toEqual([
      [["区卫健委"], "2024-12-31"],
      [["区民政局"], "2024-10-31"],
    ]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on progress labelled by its period (一季度进展：)", () => {
  const { text, doc } = parse("period-progress-labels.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads the label as the progress, so it does not run on into the deadline", () => {
    expect(tasks.map((t) => [t.deadline?.date, t.progress?.status ?? null])).toEqual([
      ["2025-12-31", null],
      ["2025-12-31", null],
      ["2025-09-30", "in-progress"],
    ]);
    expect(tasks[1]?.progress?.text).toBe("按月发放，累计发放津贴1200万元，惠及老年人4.5万人。");
    expect(tasks[1]?.progress?.actuals.map((q) => [q.value, q.unit])).toEqual([
      [12_000_000, "元"],
      [45_000, "人"],
    ]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on 1. tasks grouped under （一） headings", () => {
  const { text, doc } = parse("paren-groups.txt");
  const s = doc.sections[0];

  it("reads the （一） headings as categories, not as more of the task above", () => {
    expect(s?.categories.map((c) => [c.name, c.declaredCount])).toEqual([
      ["托育服务", null],
      ["城市更新", null],
    ]);
    expect(s?.tasks.map((t) => [t.seq, t.text, t.category])).toEqual([
      [1, "新增普惠托位300个", "托育服务"],
      [2, "完成10所幼儿园改造提升，2025年8月底前完成", "托育服务"],
      [3, "完成老旧小区综合整治5个，涉及居民2000户", "城市更新"],
    ]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on records opened by 项目名称：, unnumbered", () => {
  const { text, doc } = parse("labelled-records.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads a task per record, numbered in order, with its labelled fields", () => {
    expect(tasks.map((t) => [t.seq, t.text, names(t.units, "lead"), t.deadline?.date])).toEqual([
      [1, "新建社区卫生服务站3个", ["区卫健委"], "2024-12-31"],
      [2, "新增公共停车位1000个", ["区城管委"], "2024-10-31"],
    ]);
    expect(tasks.map((t) => t.progress?.status ?? null)).toEqual([null, "completed"]);
    // no record is numbered: said once, at the first
    const inferred = doc.diagnostics.filter((d) => d.code === "seq_inferred");
    expect(inferred.map((d) => [d.severity, d.line])).toEqual([["info", 2]]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on a document cut off mid-task", () => {
  const { text, doc } = parse("truncated.txt");

  it("keeps the partial task and says the document ends inside it", () => {
    const tasks = doc.sections[0]?.tasks ?? [];
    expect(tasks.map((t) => t.seq)).toEqual([1, 2, 3]);
    expect(tasks[2]?.text).toBe("改造提升农贸市场5家，");
    expect(doc.diagnostics.find((d) => d.code === "truncated_task")?.line).toBe(8);
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on a list that names no bodies and no deadlines", () => {
  const { doc } = parse("no-units-no-deadlines.txt");

  it("reads the tasks with empty units and null deadlines", () => {
    const tasks = doc.sections[0]?.tasks ?? [];
    expect(tasks).toHaveLength(3);
    expect(tasks.every((t) => t.units.length === 0 && t.deadline === null)).toBe(true);
    expect(tasks[0]?.targets.map((q) => [q.value, q.unit])).toEqual([[500, "张"]]);
    expect(doc.issuer?.name).toBe("西城区");
  });
});

describe("numberedList on tasks numbered ① ② ③", () => {
  const { text, doc } = parse("circled-numbers.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads a task per circled number, with its labelled fields", () => {
    expect(tasks.map((t) => [t.seq, t.text, names(t.units, "lead"), t.deadline?.date])).toEqual([
      [1, "新增养老家庭照护床位200张。", ["区民政局"], "2024-12-31"],
      [2, "建设社区食堂10家。", ["区商务局", "区民政局"], "2024-11-30"],
      [3, "完成农村道路改造30公里。", ["区交通局"], "2024-10-31"],
    ]);
  });

  it("splits a progress numbered ① ② into its points", () => {
    expect(tasks[2]?.progress?.points).toEqual(["已完成设计；", "已开工20公里。"]);
  });

  it("says that the 备注 label is read into no field, quoting it", () => {
    const unread = doc.diagnostics.filter((d) => d.code === "column_unread");
    expect(unread.map((d) => [d.line, d.severity])).toEqual([[5, "warning"]]);
    expect(unread[0]?.message).toContain("含农村地区床位80张");
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on tasks numbered 项目一： and 第三项：", () => {
  const { text, doc } = parse("item-numbers.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads a task per item, its number from the words", () => {
    expect(tasks.map((t) => [t.seq, t.text])).toEqual([
      [1, "新增普惠托位500个"],
      [2, "建设“一刻钟便民生活圈”5个"],
      [3, "改造老旧小区综合整治8个。"],
    ]);
    // the third names its body and deadline in a bracket without labels
    expect(tasks.map((t) => [names(t.units, "lead"), t.deadline?.date])).toEqual([
      [["区卫健委"], "2024-12-31"],
      [["区商务局"], "2024-12-31"],
      [["区住建委"], "2024-12-31"],
    ]);
  });

  it("reads 进展： as the progress, on its own line or after the task's text", () => {
    expect(tasks.map((t) => t.progress?.text)).toEqual(["已新增托位260个。", "已完成3个。", "已开工6个"]);
    expect(tasks.map((t) => t.progress?.actuals.map((q) => q.value))).toEqual([[260], [3], [6]]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on tasks closed by a bracket of bodies and deadline", () => {
  const { text, doc } = parse("unlabelled-brackets.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("takes the bodies and the deadline out of the text", () => {
    expect(tasks.map((t) => t.text)).toEqual([
      "新增普惠托位500个。",
      "改造老旧小区20个，完成管线更新",
      "开展适老化改造300户",
      "建设口袋公园3处（一期）",
      "推进背街小巷环境整治",
      "畅通接诉即办渠道（12345热线）",
    ]);
  });

  it("reads the bodies' roles: marked ones as marked, unmarked ones as leads", () => {
    expect(tasks.map((t) => [names(t.units, "lead"), names(t.units, "assist")])).toEqual([
      [["区卫健委"], []],
      [["区住建委", "各街道"], []],
      [["区民政局"], ["区残联", "各街道"]],
      [[], []],
      [["区城管委"], []],
      [[], []],
    ]);
  });

  it("reads the deadlines, an open-ended one said as such", () => {
    expect(tasks.map((t) => t.deadline?.date ?? null)).toEqual([
      "2025-12-31",
      "2025-10-31",
      "2025-12-31",
      null,
      null,
      null,
    ]);
    expect(doc.diagnostics.filter((d) => d.code === "deadline_open").map((d) => d.line)).toEqual([8]);
  });

  it("keeps the figures of the text, none from the bracket", () => {
    expect(tasks.map((t) => t.targets.map((q) => q.value))).toEqual([[500], [20], [300], [3], [], []]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on a task whose points stand on a line of their own", () => {
  const { text, doc } = parse("sub-points.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("keeps the break before the first point, so the points are not glued to the text", () => {
    expect(tasks.map((t) => t.text)).toEqual([
      "新增普惠托位400个",
      "完成老旧小区综合整治6个\n1.完成八角北路小区改造；2.完成古城小区改造。",
    ]);
    expect(tasks[1]?.targets.map((q) => [q.value, q.unit])).toEqual([[6, "个"]]);
  });

  it("reads the labels sharing one line", () => {
    expect(tasks.map((t) => [names(t.units, "lead"), names(t.units, "assist"), t.deadline?.date])).toEqual([
      [["区卫健委"], ["区教委", "各街道"], "2024-12-31"],
      [["区住建委"], [], "2024-10-31"],
    ]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on 牵头单位 and 责任单位 labels", () => {
  const { text, doc } = parse("lead-and-responsible.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads 责任单位 as assisting beside 牵头单位, in either order and wrapped", () => {
    expect(tasks.slice(0, 2).map((t) => [names(t.units, "lead"), names(t.units, "assist")])).toEqual([
      [["区卫健委"], ["区教委", "各街道"]],
      [["区园林绿化局"], ["区城管委", "区水务局"]],
    ]);
  });

  it("reads 责任单位 alone as the lead", () => {
    expect(names(tasks[2]?.units ?? [], "lead")).toEqual(["区住建委"]);
    expect(doc.diagnostics.filter((d) => d.code === "units_missing")).toEqual([]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on tasks numbered 1）", () => {
  const { text, doc } = parse("half-paren-numbers.txt");
  const s = doc.sections[0];
  const tasks = s?.tasks ?? [];

  it("reads a task per number, in a report as of the end of September", () => {
    expect(tasks.map((t) => [t.seq, t.text])).toEqual([
      [1, "新增普惠托位200个"],
      [2, "建设老年餐桌5个"],
      [3, "改造农村公路30公里"],
    ]);
    expect(s?.period).toEqual({ year: 2024, span: "Q1-Q3", asOf: "2024-09-30" });
  });

  it("joins a body name a space broke, and reads 2024.12, Q4 and 2024/11/30", () => {
    expect(tasks.map((t) => names(t.units, "lead"))).toEqual([["区卫健委"], ["区民政局"], ["区交通局"]]);
    expect(tasks.map((t) => t.deadline?.date)).toEqual(["2024-12-31", "2024-12-31", "2024-11-30"]);
  });

  it("reads 推进情况： as the progress", () => {
    expect(tasks.map((t) => t.progress?.status ?? null)).toEqual([null, null, "not-started"]);
    expect(tasks[1]?.progress?.actuals.map((q) => q.value)).toEqual([3, 2]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on tasks numbered from 1 again under each category", () => {
  const { text, doc } = parse("numbered-per-category.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("keeps each task's number as written, under its category", () => {
    expect(tasks.map((t) => [t.category, t.seq])).toEqual([
      ["教育领域", 1],
      ["教育领域", 2],
      ["养老领域", 1],
      ["养老领域", 2],
    ]);
  });

  it("says nothing of duplicate numbers or of the declared counts", () => {
    const codes = doc.diagnostics.map((d) => d.code);
    expect(codes).not.toContain("numbering_duplicate");
    expect(codes).not.toContain("numbering_gap");
    expect(codes).not.toContain("category_count_mismatch");
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});

describe("numberedList on body cells that mark roles after names", () => {
  const { text, doc } = parse("role-marks.txt");
  const tasks = doc.sections[0]?.tasks ?? [];

  it("reads the marked roles, the unmarked bodies beside a 牵头 one assisting it", () => {
    expect(tasks[0]?.units.map((u) => [u.role, u.name])).toEqual([
      ["lead", "区卫健委"],
      ["assist", "区教委"],
      ["assist", "各镇街"],
    ]);
    expect(tasks[2]?.units.map((u) => [u.role, u.name])).toEqual([
      ["lead", "区民政局"],
      ["lead", "区财政局"],
    ]);
  });

  it("reads deadlines written with two-digit years", () => {
    expect(tasks.map((t) => t.deadline?.date)).toEqual(["2024-12-31", "2024-12-31", "2025-12-31"]);
  });

  it("accounts for every line", () => {
    expect(unaccountedLines(doc, text)).toEqual([]);
  });
});
