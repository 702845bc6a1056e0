import { describe, expect, it } from "vitest";
import { resolveUnit } from "./resolveUnit";

const dongcheng = { name: "东城区", code: "110101" };
const daxing = { name: "大兴区", code: "110115" };
const tongzhou = { name: "通州区", code: "110112" };
const haidian = { name: "海淀区", code: "110108" };

describe("resolveUnit", () => {
  it("gives one id to every spelling of one body in one district", () => {
    const ids = (names: string[], d = dongcheng) => new Set(names.map((n) => resolveUnit(n, d).id));
    expect(ids(["区卫健委", "区卫生健康委", "区卫生健康委员会"]).size).toBe(1);
    expect(ids(["区城管委", "区城市管理委", "区城市管理委员会"]).size).toBe(1);
    expect(ids(["区住建委", "区住房城市建设委", "区住房城乡建设委"]).size).toBe(1);
    expect(ids(["区文旅局", "区文化和旅游局"]).size).toBe(1);
    expect(ids(["区规分局", "区规自分局", "市规划自然资源委东城分局"]).size).toBe(1);
    expect(ids(["区发改委", "区发展改革委"]).size).toBe(1);
    expect(ids(["区人力社保局", "区人力资源社会保障局"]).size).toBe(1);
    expect(ids(["区市场监管局", "区市场监督管理局"]).size).toBe(1);
  });

  it("keeps the same short name in two districts apart", () => {
    expect(resolveUnit("区教委", dongcheng).id).not.toBe(resolveUnit("区教委", daxing).id);
    expect(resolveUnit("区教委", dongcheng).id).toBe("110101:区教育委员会");
  });

  it("derives ids from the district code and the canonical name only", () => {
    expect(resolveUnit("区卫健委", haidian)).toMatchObject({
      id: "110108:区卫生健康委员会",
      kind: "district-body",
      rule: "catalog",
    });
  });

  it("tells city bodies, city branches, police, streets, utilities and collectives apart", () => {
    expect(resolveUnit("市民政局", tongzhou)).toMatchObject({ id: "110000:市民政局", kind: "city-body" });
    expect(resolveUnit("市规划自然资源委通州分局", tongzhou)).toMatchObject({
      id: "110112:市规划和自然资源委员会通州分局",
      kind: "city-branch",
    });
    expect(resolveUnit("市交通委通州公路分局", tongzhou).kind).toBe("city-branch");
    expect(resolveUnit("市公安局通州分局", tongzhou)).toMatchObject({
      id: "110112:市公安局通州分局",
      kind: "police",
    });
    expect(resolveUnit("市公安局公安交通管理局通州交通支队", tongzhou).id).toBe(
      resolveUnit("区公安交通支队", tongzhou).id,
    );
    expect(resolveUnit("东城交通支队", dongcheng).kind).toBe("police");
    expect(resolveUnit("永外街道", dongcheng).kind).toBe("street");
    expect(resolveUnit("宋庄镇", tongzhou).kind).toBe("street");
    expect(resolveUnit("通州供电公司", tongzhou).id).toBe(resolveUnit("区供电公司", tongzhou).id);
    expect(resolveUnit("通州供电公司", tongzhou).kind).toBe("enterprise");
    for (const c of ["各街道办事处", "相关街道办事处", "区政府各委办局", "各区属机构", "各相关单位"]) {
      const r = resolveUnit(c, dongcheng);
      expect(r.kind).toBe("collective");
      expect(r.id.endsWith(":collective")).toBe(true);
    }
  });

  it("keeps a short form with two readings apart under its own spelling and names both", () => {
    const r = resolveUnit("区科委", haidian);
    expect(r.rule).toBe("ambiguous");
    expect(r.id).toBe("110108:区科委");
    expect(r.readings).toEqual(["区科学技术委员会", "区科学技术和信息化局"]);
  });

  it("resolves names the table lacks by the general contraction rules", () => {
    // 委 ↔ 委员会, and dropping 和.
    expect(resolveUnit("区交通委员会", haidian).id).toBe("110108:区交通委员会");
    expect(resolveUnit("区文化旅游局", haidian).id).toBe(resolveUnit("区文旅局", haidian).id);
  });

  it("keeps a body named with its sub-office as its own spelling", () => {
    expect(resolveUnit("区城市管理委（区城市管理指挥中心）", tongzhou).id).not.toBe(
      resolveUnit("区城市管理委", tongzhou).id,
    );
  });
});
