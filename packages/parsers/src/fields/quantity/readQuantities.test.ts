import { QuantitySchema, type Comparator } from "@minsheng/core";
import fc from "fast-check";
import { growthRatio } from "@minsheng/test-utils";
import { describe, expect, it } from "vitest";
import { MEASURE_WORDS } from "./measureWords";
import { readQuantities, type QuantityRole } from "./readQuantities";

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 200);

/** [value, unit, comparator] of each figure read. */
const brief = (text: string, role: QuantityRole = "target"): [number, string, Comparator][] =>
  readQuantities(text, role).map((q) => [q.value, q.unit, q.comparator]);

describe("readQuantities", () => {
  it("reads 新增 3 岁以下普惠幼儿托位 1 万个 as 10000 个 of 普惠幼儿托位 (its @example)", () => {
    expect(readQuantities("新增 3 岁以下普惠幼儿托位 1 万个", "target")).toEqual([
      { value: 10000, unit: "个", comparator: "=", text: "1 万个", subject: "普惠幼儿托位" },
    ]);
  });

  describe("values, multipliers and measure words", () => {
    it.each([
      { input: "更新换装 100 万块智能电表", want: [[1000000, "块", "="]] },
      { input: "为 260 余万居民用户安装燃气安全型配件", want: [[2600000, "", "~"]] },
      { input: "安装电采暖设备8000余台", want: [[8000, "台", "~"]] },
      { input: "为全区5万燃气用户更换、加装安全型配件", want: [[50000, "", "="]] },
      { input: "累计支出救助资金 1.8 亿元", want: [[180000000, "元", "="]] },
      { input: "发放用人单位岗位补贴和社会保险补贴 4425.91 万元", want: [[44259100, "元", "="]] },
      {
        input: "为 28.18 万人次申请灵活就业社会保险补贴 34060 万元",
        want: [
          [281800, "人次", "="],
          [340600000, "元", "="],
        ],
      },
      { input: "完成3.65万亩高标准农田建设工作", want: [[36500, "亩", "="]] },
      { input: "开展2.27万平方米小微绿地建设工程", want: [[22700, "平方米", "="]] },
      { input: "全年抽检监测药品、医疗器械、化妆品等不少于 1.3 万批次", want: [[13000, "批次", ">="]] },
      { input: "对 33 大类食品抽检监测全覆盖", want: [[33, "大类", "="]] },
      { input: "物业管理领域全年行政执法667项次", want: [[667, "项次", "="]] },
      {
        input: "惠及 485 家次企业、4134 人次",
        want: [
          [485, "家次", "="],
          [4134, "人次", "="],
        ],
      },
      { input: "年度防治7万亩次", want: [[70000, "亩次", "="]] },
      { input: "累计清掏污染物5159.28立方米", want: [[5159.28, "立方米", "="]] },
      { input: "完成老旧管线改造 1100 公里", want: [[1100, "公里", "="]] },
      { input: "推进300株濒危衰弱古树名木复壮保护工作", want: [[300, "株", "="]] },
      { input: "简易楼腾退3栋", want: [[3, "栋", "="]] },
      {
        input: "我区结对 6 个区 54 所学校",
        want: [
          [6, "个", "="],
          [54, "所", "="],
        ],
      },
      { input: "新建养老家庭照护床位 2000 张", want: [[2000, "张", "="]] },
      { input: "新增 47 家医保定点零售药店", want: [[47, "家", "="]] },
      { input: "安置 180 名残疾人就业", want: [[180, "名", "="]] },
      { input: "配备VR终端4000台", want: [[4000, "台", "="]] },
      { input: "每月至少开展两次文明养犬宣传活动", want: [[2, "次", ">="]] },
      { input: "完成 １２ 个项目", want: [[12, "个", "="]] },
      { input: "累计服务 1,234 人次", want: [[1234, "人次", "="]] },
      {
        input: "为全区燃气用户免费更换、加装安全型配件8.3\n\n万户，超额完成年度任务",
        want: [[83000, "户", "="]],
      },
      {
        input: "合格率99.4%，药品合格率100％",
        want: [
          [99.4, "%", "="],
          [100, "%", "="],
        ],
      },
      { input: "提高 2 个百分点", want: [[2, "个百分点", "="]] },
      { input: "完成 13万2 个", want: [[132000, "个", "="]] },
      { input: "更换节能路灯 1200 盏", want: [[1200, "盏", "="]] },
      { input: "改造背街小巷 15 段", want: [[15, "段", "="]] },
      { input: "发放《健康手册》2 万册", want: [[20000, "册", "="]] },
      { input: "完成抗震加固 12 幢", want: [[12, "幢", "="]] },
      { input: "签订协议 300 份", want: [[300, "份", "="]] },
      { input: "新增公交 500 班次", want: [[500, "班次", "="]] },
      { input: "出动执法车辆 800 车次", want: [[800, "车次", "="]] },
      { input: "检测设备 60 台次", want: [[60, "台次", "="]] },
      { input: "开展无人机巡查 200 架次", want: [[200, "架次", "="]] },
      { input: "回收过期药品 1.5 千克", want: [[1.5, "千克", "="]] },
      { input: "发放大米 5000 公斤", want: [[5000, "公斤", "="]] },
      { input: "新增光伏装机 300 千瓦", want: [[300, "千瓦", "="]] },
    ] as const)("reads “$input”", ({ input, want }) => {
      expect(brief(input)).toEqual(want);
    });

    it("keeps the exact words read, comparator included", () => {
      expect(readQuantities("干部教师交流轮岗不少于 800 人。", "target")[0]?.text).toBe("不少于 800 人");
      expect(readQuantities("为辖区内 11 万余户平房区居民", "target")[0]?.text).toBe("11 万余户");
      expect(readQuantities("开发就业岗位4万个以上", "target")[0]?.text).toBe("4万个以上");
    });
  });

  describe("comparators", () => {
    it.each([
      { input: "开发就业岗位4万个以上", want: [[40000, "个", ">="]] },
      { input: "干部教师交流轮岗不少于 800 人", want: [[800, "人", ">="]] },
      { input: "保持食品安全抽检合格率不低于 98.5%", want: [[98.5, "%", ">="]] },
      { input: "发布农业病虫害预测预报20期以上", want: [[20, "期", ">="]] },
      { input: "每月至少组织开展1次宣传防范工作", want: [[1, "次", ">="]] },
      { input: "受理案件超过 300 件", want: [[300, "件", ">"]] },
      { input: "单次会议不超过 50 人", want: [[50, "人", "<="]] },
      { input: "规模原则上不高于上年规模的 95%", want: [[95, "%", "<="]] },
      { input: "服务约 3000 人次", want: [[3000, "人次", "~"]] },
      { input: "开展法律援助 600 余人次", want: [[600, "人次", "~"]] },
      { input: "力争实现专病特色科室总数达到17个", want: [[17, "个", "="]] },
      { input: "新签约 1600 张养老家庭照护床位", want: [[1600, "张", "="]] },
      { input: "建设 3-5 个试点", want: [[5, "个", "<="]] },
    ] as const)("reads “$input” with its comparator", ({ input, want }) => {
      expect(brief(input)).toEqual(want);
    });
  });

  describe("figures that are not quantities", () => {
    it.each([
      { input: "新增 3 岁以下普惠幼儿托位", why: "an age bound" },
      { input: "为 65 岁以上老年人免费代写法律文书", why: "an age bound" },
      { input: "支持有条件的普惠性幼儿园开设 2-3 岁幼儿托班", why: "an age range" },
      { input: "每季度对 12345 市民服务热线物业管理类投诉", why: "a hotline" },
      { input: "持续对“12345”市民服务热线物业管理问题诉求", why: "a quoted hotline" },
      { input: "在北京城市副中心155平方公里范围内开展", why: "a scope" },
      { input: "依托一二级医疗机构和社区卫生服务机构", why: "levels" },
      { input: "稳步推进二、三级医院药事服务进社区工作", why: "levels" },
      { input: "制定《东城区 2024 年“清管行动”工作方案》", why: "a title" },
      { input: "已于 2 月 26 日正常运营", why: "a date" },
      { input: "2024-12-31", why: "a date" },
      { input: "实施方案（2021-2025）", why: "a span of years" },
      { input: "2023 届本区户籍毕业生", why: "a class year" },
      { input: "完成 2024.12.31 前", why: "a dotted date" },
      { input: "推进轨道交通M101线一期工程建设", why: "a line name and a phase" },
      { input: "通过建设5G+院前急救项目", why: "a name" },
      { input: "我区PM2.5累计浓度33微克/立方米", why: "a name and a concentration" },
      { input: "建成1102街区级家园中心", why: "a block code" },
      { input: "建设通州区专属XR数字化教育云平台", why: "letters" },
      { input: "目前，53、54 路通学公交线路", why: "bus-line names" },
      { input: "深化“一微克”行动", why: "a metaphor" },
      { input: "打通政策落地的最后一公里", why: "a metaphor" },
      { input: "建设 5 个“一刻钟便民生活圈”", why: "(only the 5 个 counts)", keep: 1 },
      { input: "加强对“一把手”和领导班子监督，严格落实“一岗双责”", why: "set phrases" },
      { input: "按照示范小区“五有”“四好”创建标准", why: "slogans" },
      { input: "落实中央八项规定相关实施细则", why: "a set phrase" },
      { input: "市实事第 1 项：", why: "an ordinal" },
      { input: "投诉量前 100 名的小区", why: "a ranking" },
      { input: "公文 16 件，同比减少 9 件", why: "(a year-on-year delta is dropped)", keep: 1 },
      { input: "开展 24 小时不间断扬尘巡查", why: "a duration" },
      { input: "皇城景山街区三期申请式退租项目", why: "a phase" },
      { input: "不断降低万人发案率", why: "a rate" },
      { input: "（以下简称“两个中心”）", why: "a quoted name" },
      // the characters read with a figure are never quote or title marks: the mark right after one opens
      { input: "完成5个“12个”站点建设", why: "(a quote right after a figure)", keep: 1 },
      { input: "共3个以上“五个”", why: "(a quote right after a comparator word)", keep: 1 },
      { input: "共 3-5 个“12个”", why: "(a quote right after a range)", keep: 1 },
      { input: "达到 95%《2024 年 3 个方案》", why: "(a title right after a percentage)", keep: 1 },
      { input: "1.2024年全区托育机构。2.2024年度“清管行动”", why: "point numbers then years" },
    ] as { input: string; why: string; keep?: number }[])(
      "reads nothing from “$input”: $why",
      ({ input, keep }) => {
        expect(readQuantities(input, "target")).toHaveLength(keep ?? 0);
        expect(readQuantities(input, "actual")).toHaveLength(keep ?? 0);
      },
    );

    it("skips existing stock in targets, and keeps it in actuals", () => {
      expect(readQuantities("充分发挥全区174家养老驿站助餐功能", "target")).toEqual([]);
      expect(brief("全区 36 所学校扩班 77 个", "actual")).toEqual([
        [36, "所", "="],
        [77, "个", "="],
      ]);
    });

    it("skips plans in actuals, and keeps drafted papers (拟制) and work done as planned (按计划)", () => {
      expect(readQuantities("拟建设 1 家老年护理中心，已整理设备清单", "actual")).toEqual([]);
      expect(readQuantities("计划完成 3 个小区改造", "actual")).toEqual([]);
      expect(brief("累计拟制各类公文 800 件", "actual")).toEqual([[800, "件", "="]]);
      expect(brief("按计划完成 3 个小区改造", "actual")).toEqual([[3, "个", "="]]);
      expect(brief("拟建设 1 家老年护理中心", "target")).toEqual([[1, "家", "="]]);
    });

    it("reads the figures after a point number, as decimals only before an amount", () => {
      expect(brief("1.完成燃气老旧管线改造3.54公里。2.2024年度共计排查919.173公里", "actual")).toEqual([
        [3.54, "公里", "="],
        [919.173, "公里", "="],
      ]);
      expect(brief("工作。3.54所学校已确定", "actual")).toEqual([[54, "所", "="]]);
      expect(brief("<p>1.3万批次已完成", "actual")).toEqual([[13000, "批次", "="]]);
    });
  });

  describe("subjects", () => {
    it.each([
      { input: "新签约 1600 张养老家庭照护床位，满足", want: "养老家庭照护床位" },
      { input: "新增停车位 1 万个；", want: "停车位" },
      { input: "其中初中学位 3500 个、高中学位 1500 个。", want: "初中学位" },
      { input: "建设 4 家安宁疗护中心、8 家老年护理中心", want: "安宁疗护中心" },
      { input: "为 260 余万居民用户安装燃气安全型配件", want: "居民用户" },
      { input: "保持食品安全抽检合格率不低于 98.5%", want: "食品安全抽检合格率" },
      { input: "目前完成总工作量的90%。", want: "总工作量" },
    ])("says $input counts $want", ({ input, want }) => {
      expect(readQuantities(input, "target")[0]?.subject).toBe(want);
    });

    it("gives no subject when the text does not say it", () => {
      expect(readQuantities("全区 54 个单位共开展 140 次“走流程”工作", "actual")[1]?.subject).toBeNull();
    });
  });

  describe("properties", () => {
    it("never throws, and every figure it reads is a valid Quantity, on any string", () => {
      const alphabet = fc.constantFrom(
        ..."0123456789.,-万亿余多个人次%不少于以上约第年岁“”《》，。 \n一两三十百",
        "平方米",
        "人次",
      );
      fc.assert(
        fc.property(
          fc.oneof(fc.string(), fc.string({ unit: alphabet })),
          fc.constantFrom<QuantityRole>("target", "actual"),
          (s, role) => {
            for (const q of readQuantities(s, role)) {
              expect(QuantitySchema.safeParse(q).success).toBe(true);
              expect(s.includes(q.text)).toBe(true);
            }
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });

    it("reads a formatted count `${n}${measure word}` back as n", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 10 ** 12 }),
          fc.constantFrom(...MEASURE_WORDS),
          fc.boolean(),
          (n, unit, spaced) => {
            const got = readQuantities(`新建${n}${spaced ? " " : ""}${unit}设施`, "target");
            expect(got.map((q) => q.value)).toEqual([n]);
            expect(got[0]?.unit).toBe(unit === "％" ? "%" : unit);
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });

    it("reads `${n}万个` back as n × 10000, with decimals", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.integer({ min: 0, max: 2 }), (n, decimals) => {
          const text = (n / 10 ** decimals).toFixed(decimals);
          expect(brief(`新增停车位 ${text} 万个`)).toEqual([[n * 10 ** (4 - decimals), "个", "="]]);
        }),
        { numRuns: NUM_RUNS },
      );
    });
  });

  describe("linear time", () => {
    // Growth, not wall time: reading 8× the input must cost about 8× (quadratic would be 64×).
    it.each([
      { name: "spaces before a measure word", make: (n: number) => `1${" ".repeat(n)}万个` },
      { name: "digits", make: (n: number) => "1".repeat(n) + "个" },
      { name: "digits separated by spaces", make: (n: number) => "1 ".repeat(n / 2) },
      { name: "runs of 余 and 万", make: (n: number) => `1${"余万".repeat(n / 2)}个` },
      { name: "an unclosed quote and title", make: (n: number) => `“《${"新建 5 个，".repeat(n / 7)}` },
      { name: "a long dotted number", make: (n: number) => "1.".repeat(n / 2) },
      { name: "a long range chain", make: (n: number) => "1-".repeat(n / 2) },
      { name: "figures, one after another", make: (n: number) => "新建 5 个，".repeat(n / 7) },
      { name: "Chinese number words", make: (n: number) => "一二三四五六七八九十".repeat(n / 10) + "个" },
    ])("reads $name in time that grows linearly with the input", ({ make }) => {
      expect(growthRatio((s: string) => readQuantities(s, "actual"), make, 40_000)).toBeLessThan(24);
    });

    it("reads the figure after 4,500 spaces", () => {
      expect(brief(`完成期限：2024年12月底前${" ".repeat(4500)}新建 5 个`)).toEqual([[5, "个", "="]]);
    });
  });
});
