import { buildDocument, buildQuantity as q, buildTask } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { attainment } from "./attainment";

const run = (
  targets: Parameters<typeof buildTask>[0]["targets"],
  actuals: Parameters<typeof buildTask>[0]["actuals"],
) =>
  attainment([
    buildDocument({ tasks: [buildTask({ seq: 1, targets: targets ?? [], actuals: actuals ?? [] })] }),
  ]);

describe("attainment", () => {
  it("pairs 3000 个 with 4226 个 and not with 36 所, as in the example", () => {
    const task = buildTask({ seq: 1, targets: [q(3000, "个")], actuals: [q(4226, "个"), q(36, "所")] });
    expect(attainment([buildDocument({ tasks: [task] })]).map((a) => [a.ratio.toFixed(3), a.met])).toEqual([
      ["1.409", true],
    ]);
  });

  it("treats 万个 and 个 as one measure word", () => {
    const [a] = run([q(10000, "万个")], [q(12000, "个")]);
    expect(a?.ratio).toBeCloseTo(1.2);
  });

  it("treats 名 and 人 as one measure word", () => {
    expect(run([q(800, "人", { comparator: ">=" })], [q(903, "名")])[0]?.met).toBe(true);
  });

  it("does not pair figures of different measure words", () => {
    expect(run([q(10, "公里")], [q(10, "个")])).toEqual([]);
  });

  it("meets a ~ target at 95% and misses it just below", () => {
    expect(run([q(1000, "个", { comparator: "~" })], [q(950, "个")])[0]?.met).toBe(true);
    expect(run([q(1000, "个", { comparator: "~" })], [q(949, "个")])[0]?.met).toBe(false);
  });

  it("needs the whole of a >= target, and more than a > target", () => {
    expect(run([q(1000, "个", { comparator: ">=" })], [q(999, "个")])[0]?.met).toBe(false);
    expect(run([q(1000, "个", { comparator: ">=" })], [q(1000, "个")])[0]?.met).toBe(true);
    expect(run([q(1000, "个", { comparator: ">" })], [q(1000, "个")])[0]?.met).toBe(false);
  });

  it("meets a <= target by staying under it", () => {
    expect(run([q(5, "%", { comparator: "<=" })], [q(4, "%")])[0]?.met).toBe(true);
    expect(run([q(5, "%", { comparator: "<=" })], [q(6, "%")])[0]?.met).toBe(false);
  });

  it("does not pair figures whose subjects contradict", () => {
    expect(run([q(600, "个", { subject: "幼儿托位" })], [q(700, "个", { subject: "充电桩" })])).toEqual([]);
  });

  it("picks the actual whose subject is closest when several fit", () => {
    const [a] = run(
      [q(3000, "个", { subject: "中小学学位" })],
      [q(77, "个", { subject: "扩班" }), q(4226, "个", { subject: "学位" }), q(5, "个")],
    );
    expect(a?.actual.value).toBe(4226);
  });

  it("pairs bare numbers only when their subjects agree", () => {
    expect(run([q(260, "")], [q(270, "")])).toEqual([]);
    expect(run([q(260, "", { subject: "居民用户" })], [q(270, "", { subject: "居民用户" })])).toHaveLength(1);
  });

  it("skips a target of 0 rather than giving an infinite ratio", () => {
    expect(run([q(0, "个")], [q(3, "个")])).toEqual([]);
  });

  it("carries the ref of the task", () => {
    expect(run([q(1, "个")], [q(1, "个")])[0]?.ref).toEqual({ source: "test.txt", section: 0, seq: 1 });
  });
});
