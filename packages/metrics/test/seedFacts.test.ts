// The facts of METRICS.md ("Facts from the seeds that the metrics must reproduce"), checked
// through the real parser and corpus resolution over the five seeds. Not weakened to pass: when
// one fails, either the parser or the metrics are wrong.
import { basename } from "node:path";
import { MetricsSchema, type Document, type Metrics, type TaskRef } from "@minsheng/core";
import { parseFile, resolveCorpus } from "@minsheng/parsers/node";
import { loadGold, seedPaths } from "@minsheng/test-utils";
import { beforeAll, describe, expect, it } from "vitest";
import { computeMetrics } from "../src/computeMetrics";

const DONGCHENG_Q1 = "000_297e35da228aaa3d.txt";
const DONGCHENG_2023_2024 = "001_13574484c43ae082.txt";
const TONGZHOU_PLAN = "002_006c3378358f9c0c.txt";
const DAXING_ANNUAL = "003_af483f4de0f66109.txt";

let docs: Document[] = [];
const file = (r: { source: string }) => basename(r.source);
const sectionOf = (name: string, kind: string) => {
  const doc = docs.find((d) => basename(d.source.path) === name);
  const index = doc?.sections.findIndex((s) => s.kind === kind) ?? -1;
  return { doc, index };
};
const refKey = (r: TaskRef) => `${file(r)}#${r.section}#${r.seq}`;

beforeAll(() => {
  docs = resolveCorpus(seedPaths().map((p) => parseFile(p)));
});

describe("the seed facts of METRICS.md", () => {
  it("parses the five seeds into six sections", () => {
    expect(docs).toHaveLength(5);
    expect(docs.reduce((n, d) => n + d.sections.length, 0)).toBe(6);
  });

  it("gives 大兴 2024 annual and 东城 2023 completion a completion rate of 1, and the other four sections null", () => {
    const m = computeMetrics(docs, { asOf: "2024-09-15" });
    expect(m.sections).toHaveLength(6);
    const daxing = m.sections.filter((s) => file(s) === DAXING_ANNUAL);
    expect(daxing.map((s) => [s.tasks, s.status.completed, s.completionRate])).toEqual([[14, 14, 1]]);
    const completion = m.sections.filter((s) => file(s) === DONGCHENG_2023_2024 && s.kind === "completion");
    expect(completion.map((s) => [s.tasks, s.status.completed, s.completionRate, s.period?.year])).toEqual([
      [24, 24, 1, 2023],
    ]);
    const others = m.sections.filter((s) => !daxing.includes(s) && !completion.includes(s));
    expect(others).toHaveLength(4);
    for (const s of others) expect(s.completionRate, `${file(s)} section ${s.section}`).toBeNull();
  });

  it("pairs 东城 2023 completion task 1's target 3000 个 with its actual 4226 个: ratio ≈ 1.409, met", () => {
    const m = computeMetrics(docs, { asOf: "2024-09-15" });
    const { index } = sectionOf(DONGCHENG_2023_2024, "completion");
    const rows = m.attainment.filter(
      (a) => file(a.ref) === DONGCHENG_2023_2024 && a.ref.section === index && a.ref.seq === 1,
    );
    const row = rows.find((a) => a.target.value === 3000);
    expect(row?.target.unit).toMatch(/个$/);
    expect(row?.actual.value).toBe(4226);
    expect(row?.actual.unit).toMatch(/个$/);
    expect(row?.ratio).toBeCloseTo(4226 / 3000, 3);
    expect(row?.met).toBe(true);
  });

  it("finds exactly one overdue task as of 2024-09-15: 东城 2024 plan task 2 (deadline 2024-08-31)", () => {
    const m = computeMetrics(docs, { asOf: "2024-09-15" });
    const { index } = sectionOf(DONGCHENG_2023_2024, "plan");
    expect(m.deadlines.overdue.map(refKey)).toEqual([`${DONGCHENG_2023_2024}#${index}#2`]);
    const light = m.deadlines.lights.find((l) => refKey(l.ref) === `${DONGCHENG_2023_2024}#${index}#2`);
    expect(light).toMatchObject({ light: "red", rule: "overdue", deadline: "2024-08-31" });
  });

  it("finds 64 overdue tasks as of 2025-01-10 (东城 2024 plan 23 + 通州 41) and counts 大兴's 14 as done", () => {
    const m = computeMetrics(docs, { asOf: "2025-01-10" });
    expect(m.deadlines.overdue).toHaveLength(64);
    const { index } = sectionOf(DONGCHENG_2023_2024, "plan");
    const byFile = new Map<string, number>();
    for (const r of m.deadlines.overdue) {
      const k = file(r) === DONGCHENG_2023_2024 ? `${file(r)}#${r.section}` : file(r);
      byFile.set(k, (byFile.get(k) ?? 0) + 1);
    }
    expect(Object.fromEntries(byFile)).toEqual({
      [`${DONGCHENG_2023_2024}#${index}`]: 23,
      [TONGZHOU_PLAN]: 41,
    });
    const daxing = m.deadlines.lights.filter((l) => file(l.ref) === DAXING_ANNUAL);
    expect(daxing).toHaveLength(14);
    expect(daxing.every((l) => l.light === "green" && l.rule === "done")).toBe(true);
  });

  it("gives each of the twelve city items cited by both 东城 (2024 Q1) and 大兴 (2024 annual) one coverage row with both districts", () => {
    const m = computeMetrics(docs, { asOf: "2024-09-15" });
    const both = m.coverage.filter(
      (r) =>
        r.citations.some((c) => file(c.ref) === DONGCHENG_Q1) &&
        r.citations.some((c) => file(c.ref) === DAXING_ANNUAL),
    );
    expect(both).toHaveLength(12);
    for (const r of both) expect(r.districts).toEqual(["东城区", "大兴区"]);
    for (const [fa, sa, fb, sb] of loadGold().sameCityItem) {
      if (fa !== DONGCHENG_Q1 || fb !== DAXING_ANNUAL) continue;
      const rows = m.coverage.filter(
        (r) =>
          r.citations.some((c) => file(c.ref) === fa && c.ref.seq === sa) &&
          r.citations.some((c) => file(c.ref) === fb && c.ref.seq === sb),
      );
      expect(rows, `${fa}#${sa} = ${fb}#${sb}`).toHaveLength(1);
    }
  });

  it("counts 通州's 区城市管理委 as lead of 7 tasks (8 with its sub-office) and 区卫生健康委 as lead of 6", () => {
    const m = computeMetrics(docs, { asOf: "2024-09-15" });
    const tongzhou = m.units.filter(
      (u) => u.district === "通州区" && u.tasks.some((r) => file(r) === TONGZHOU_PLAN),
    );
    const named = (name: string) => tongzhou.filter((u) => u.names.includes(name));
    const cityManagement = named("区城市管理委");
    expect(cityManagement).toHaveLength(1);
    expect(cityManagement[0]?.lead).toBe(7);
    expect(cityManagement[0]?.leadWithSubUnits).toBe(8);
    const sub = named("区城市管理委（区城市管理指挥中心）");
    expect(sub.map((u) => u.parent)).toEqual([cityManagement[0]?.id]);
    const health = named("区卫生健康委");
    expect(health.map((u) => u.lead)).toEqual([6]);
  });

  it("returns seed metrics that MetricsSchema accepts after a JSON round trip", () => {
    const m: Metrics = computeMetrics(docs, { asOf: "2025-01-10" });
    expect(MetricsSchema.parse(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });
});
