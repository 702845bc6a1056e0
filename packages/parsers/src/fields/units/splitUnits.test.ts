import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLeaders, splitUnits } from "./splitUnits";

const runs = Number(process.env.FC_NUM_RUNS ?? 200);

describe("splitUnits", () => {
  it.each([
    { input: "区卫健委 区教委", want: ["区卫健委", "区教委"] },
    { input: "区城管委、区交通局", want: ["区城管委", "区交通局"] },
    { input: "区卫健委,各街道办事处", want: ["区卫健委", "各街道办事处"] },
    { input: "区教委\n区卫生健康委", want: ["区教委", "区卫生健康委"] },
    { input: "区城市管理委（区城市管理指挥中心）", want: ["区城市管理委（区城市管理指挥中心）"] },
    { input: "市公安局通州分局（养犬办）、区民政局", want: ["市公安局通州分局（养犬办）", "区民政局"] },
    { input: "区政府各委、办、局", want: ["区政府各委、办、局"] },
    { input: "区园林绿化局、各街道办事处。", want: ["区园林绿化局", "各街道办事处"] },
    { input: "无", want: [] },
    { input: "", want: [] },
  ])("splits “$input” into $want", ({ input, want }) => {
    expect(splitUnits(input)).toEqual(want);
  });

  it("never returns an empty name or one with a separator at its ends", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const n of splitUnits(s)) {
          expect(n.length).toBeGreaterThan(0);
          expect("、，,；; \n".includes(n[0] as string)).toBe(false);
        }
      }),
      { numRuns: runs },
    );
  });

  it("keeps every character of a cell that has no separators", () => {
    fc.assert(
      // 无 alone (无, 无无) writes “no body”, as its own test says; every other name is kept whole.
      fc.property(
        fc.stringMatching(/^[\u4e00-\u9fa5]{1,12}$/).filter((s) => !/^无+$/.test(s)),
        (s) => {
          expect(splitUnits(s)).toEqual([s]);
        },
      ),
      { numRuns: runs },
    );
  });
});

describe("splitLeaders", () => {
  it("splits leaders on 、 and spaces", () => {
    expect(splitLeaders("倪德才、王翔宇")).toEqual(["倪德才", "王翔宇"]);
    expect(splitLeaders("董明慧 倪德才")).toEqual(["董明慧", "倪德才"]);
    expect(splitLeaders("")).toEqual([]);
  });
});
