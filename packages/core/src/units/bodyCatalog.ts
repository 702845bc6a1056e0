import type { UnitKind } from "../task/TaskSchema";

/**
 * A body of a Beijing district government (or a body that districts name in task tables), with
 * its official name and the short forms documents use. Names are given without the leading
 * 区 / district name: `卫生健康委员会` stands for 区卫生健康委员会 in every district.
 *
 * @example
 * ```ts
 * import { BODY_CATALOG } from "@minsheng/core";
 * BODY_CATALOG.find((b) => b.full === "卫生健康委员会")?.aliases; //=> ["卫生健康委", "卫健委"]
 * ```
 */
export interface BodyEntry {
  /** Official full name, without the leading 区. */
  readonly full: string;
  /** Accepted short forms, without the leading 区. */
  readonly aliases: readonly string[];
  /** What kind of body it is. */
  readonly kind: UnitKind;
}

// Official names as used by Beijing district governments since the 2019 institutional reform;
// short forms as they appear in task tables. A short form listed under two bodies is ambiguous
// and is kept apart by the resolver (see AMBIGUOUS_ALIASES).
/**
 * The curated table of district bodies and their short forms.
 *
 * @example
 * ```ts
 * import { BODY_CATALOG } from "@minsheng/core";
 * BODY_CATALOG.length > 40; //=> true
 * ```
 */
export const BODY_CATALOG: readonly BodyEntry[] = [
  { full: "人民政府办公室", aliases: ["政府办公室", "政府办"], kind: "district-body" },
  { full: "发展和改革委员会", aliases: ["发展改革委", "发改委"], kind: "district-body" },
  { full: "教育委员会", aliases: ["教委"], kind: "district-body" },
  { full: "科学技术和信息化局", aliases: ["科信局"], kind: "district-body" },
  { full: "科学技术委员会", aliases: ["科委"], kind: "district-body" },
  { full: "经济和信息化局", aliases: ["经济信息化局", "经信局"], kind: "district-body" },
  { full: "民族宗教事务办公室", aliases: ["民宗办"], kind: "district-body" },
  { full: "民政局", aliases: [], kind: "district-body" },
  { full: "司法局", aliases: [], kind: "district-body" },
  { full: "财政局", aliases: [], kind: "district-body" },
  {
    full: "人力资源和社会保障局",
    aliases: ["人力资源社会保障局", "人力社保局", "人社局"],
    kind: "district-body",
  },
  { full: "生态环境局", aliases: ["环保局"], kind: "district-body" },
  {
    full: "住房和城乡建设委员会",
    aliases: ["住房城乡建设委", "住房城市建设委", "住房和城市建设委员会", "住建委"],
    kind: "district-body",
  },
  { full: "城市管理委员会", aliases: ["城市管理委", "城管委"], kind: "district-body" },
  { full: "交通局", aliases: [], kind: "district-body" },
  { full: "交通委员会", aliases: ["交通委"], kind: "district-body" },
  { full: "水务局", aliases: [], kind: "district-body" },
  { full: "农业农村局", aliases: ["农业农村委", "农委"], kind: "district-body" },
  { full: "商务局", aliases: ["商务委"], kind: "district-body" },
  { full: "文化和旅游局", aliases: ["文化旅游局", "文旅局"], kind: "district-body" },
  { full: "卫生健康委员会", aliases: ["卫生健康委", "卫健委"], kind: "district-body" },
  { full: "退役军人事务局", aliases: ["退役军人局"], kind: "district-body" },
  { full: "应急管理局", aliases: ["应急局"], kind: "district-body" },
  { full: "审计局", aliases: [], kind: "district-body" },
  { full: "人民政府外事办公室", aliases: ["外事办公室", "外事办", "外办"], kind: "district-body" },
  { full: "国有资产监督管理委员会", aliases: ["国资委"], kind: "district-body" },
  { full: "市场监督管理局", aliases: ["市场监管局"], kind: "district-body" },
  { full: "政务服务管理局", aliases: ["政务服务局", "政务局"], kind: "district-body" },
  { full: "体育局", aliases: [], kind: "district-body" },
  { full: "统计局", aliases: [], kind: "district-body" },
  { full: "医疗保障局", aliases: ["医保局"], kind: "district-body" },
  { full: "园林绿化局", aliases: ["园林局"], kind: "district-body" },
  { full: "城市管理综合行政执法局", aliases: ["城管执法局"], kind: "district-body" },
  { full: "信访办公室", aliases: ["信访办"], kind: "district-body" },
  { full: "国防动员办公室", aliases: ["国动办", "人民防空办公室", "人防办"], kind: "district-body" },
  {
    full: "规划和自然资源委员会分局",
    aliases: ["规划自然资源委分局", "规自分局", "规分局", "规划分局"],
    kind: "city-branch",
  },
  { full: "残疾人联合会", aliases: ["残联"], kind: "district-body" },
  { full: "总工会", aliases: [], kind: "district-body" },
  { full: "妇女联合会", aliases: ["妇联"], kind: "district-body" },
  { full: "红十字会", aliases: [], kind: "district-body" },
  { full: "科学技术协会", aliases: ["科协"], kind: "district-body" },
  { full: "消防救援支队", aliases: [], kind: "city-branch" },
  { full: "公安交通支队", aliases: ["交通支队"], kind: "police" },
  { full: "公安分局", aliases: [], kind: "police" },
  { full: "供电公司", aliases: [], kind: "enterprise" },
  { full: "疾病预防控制中心", aliases: ["疾控中心"], kind: "district-body" },
  { full: "融媒体中心", aliases: [], kind: "district-body" },
  { full: "房屋征收中心", aliases: [], kind: "district-body" },
  { full: "机关服务中心", aliases: [], kind: "district-body" },
  { full: "重大项目建设指挥部办公室", aliases: ["重大项目中心", "重大办"], kind: "district-body" },
  { full: "疫情防控工作领导小组办公室", aliases: ["防控办"], kind: "district-body" },
];

/**
 * Short forms that name different bodies in different districts or years (区科委 was 科学技术委员会
 * before the 2019 reform and is 科学技术和信息化局 in several districts since). The resolver keeps
 * such a spelling apart and reports both readings.
 *
 * @example
 * ```ts
 * import { AMBIGUOUS_ALIASES } from "@minsheng/core";
 * AMBIGUOUS_ALIASES["科委"]; //=> ["科学技术委员会", "科学技术和信息化局"]
 * ```
 */
export const AMBIGUOUS_ALIASES: Readonly<Record<string, readonly string[]>> = {
  科委: ["科学技术委员会", "科学技术和信息化局"],
  交通委: ["交通委员会", "交通局"],
};

/**
 * Names that stand for a group of bodies, not one (各街道办事处, 区政府各委办局). They are kept, with
 * ids ending in `:collective`, so metrics can leave them out.
 *
 * @example
 * ```ts
 * import { COLLECTIVE_PATTERN } from "@minsheng/core";
 * COLLECTIVE_PATTERN.test("各街道办事处"); //=> true
 * COLLECTIVE_PATTERN.test("区教委"); //=> false
 * ```
 */
export const COLLECTIVE_PATTERN =
  /^(?:各|相关|有关|其他)|各委办局|各委、办、局|各区属|各相关|各有关|成员单位$|各单位$/;
