import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readAssignmentBracket } from "./readAssignmentBracket";

const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);

describe("readAssignmentBracket", () => {
  it("reads the examples of its documentation", () => {
    expect(readAssignmentBracket("新增托位500个。（区卫健委，2024年12月底）")).toEqual({
      head: "新增托位500个。",
      lead: "区卫健委",
      assist: "",
      deadline: "2024年12月底",
    });
    expect(readAssignmentBracket("开展适老化改造（区民政局牵头，区残联配合）")).toEqual({
      head: "开展适老化改造",
      lead: "区民政局",
      assist: "区残联",
      deadline: "",
    });
    expect(readAssignmentBracket("建设口袋公园（一期）")).toBeNull();
  });

  it.each<readonly [string, string, string, string, string]>([
    [
      "改造老旧小区20个。（区住建委、各街道，2024年10月底前）。",
      "改造老旧小区20个。",
      "区住建委、各街道",
      "",
      "2024年10月底前",
    ],
    ["建设口袋公园3处(区园林绿化局)", "建设口袋公园3处", "区园林绿化局", "", ""],
    ["推进垃圾分类（区教委，区城管委牵头）", "推进垃圾分类", "区城管委", "区教委", ""],
    ["开展义诊（区卫健委（牵头）、各街道（配合））", "开展义诊", "区卫健委", "各街道", ""],
    ["疏解整治（东华门街道，年底前完成）", "疏解整治", "东华门街道", "", "年底前完成"],
    ["清理楼道（各街道，长期）", "清理楼道", "各街道", "", "长期"],
    ["完成评估（2024年第三季度）", "完成评估", "", "", "2024年第三季度"],
    ["改造路灯（区城管委等，6月底前）", "改造路灯", "区城管委", "", "6月底前"],
    ["开展助残服务（区残联、团区委、区科协，年内）", "开展助残服务", "区残联、团区委、区科协", "", "年内"],
  ])("reads “%s”", (text, head, lead, assist, deadline) => {
    expect(readAssignmentBracket(text)).toEqual({ head, lead, assist, deadline });
  });

  it.each([
    "建设口袋公园（一期）",
    "新建社区卫生服务站（含3个街道）",
    "畅通诉求渠道（12345热线）",
    "建设便民服务中心（社区卫生服务中心）",
    "（区卫健委）",
    "完成改造（牵头单位：区住建委）",
    "新增托位（区卫健委，2024年底，2025年6月）",
    "新增托位（区卫健委）等工作",
    "提升服务（区卫健委、优化流程）",
  ])("leaves “%s” as text", (text) => {
    expect(readAssignmentBracket(text)).toBeNull();
  });

  it("never throws, and when it reads, the text before the bracket starts the text", () => {
    const part = fc.constantFrom(
      "区卫健委",
      "各街道",
      "牵头",
      "配合",
      "2024年底",
      "，",
      "、",
      "（",
      "）",
      "(",
      ")",
      "。",
      "等",
      "x",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc.array(part, { maxLength: 30 }).map((a) => a.join("")),
        ),
        (text) => {
          const got = readAssignmentBracket(text);
          if (got) expect(text.startsWith(got.head)).toBe(true);
        },
      ),
      { numRuns },
    );
  });
});
