import type { Region } from "./RegionSchema";

/**
 * A region of the Beijing table with the names it goes by and the date its entry is valid from.
 *
 * @example
 * ```ts
 * import { REGIONS } from "@minsheng/core";
 * REGIONS.find((r) => r.code === "110112")?.short; //=> "通州"
 * ```
 */
export interface RegionEntry extends Region {
  /** The short name used in running text (东城 for 东城区). */
  readonly short: string;
  /** Other names the region goes by (经开区). */
  readonly aliases: readonly string[];
  /** `city` for Beijing, `district` for the 16 districts, `zone` for the development zone. */
  readonly level: "city" | "district" | "zone";
  /** The date this name and code are valid from (GB/T 2260 as published; districts renamed 2015–2016). */
  readonly validFrom: string;
}

// GB/T 2260 codes as in force since the last boundary changes (密云, 延庆 became districts in 2015-11;
// 崇文/宣武 merged into 东城/西城 in 2010-07). Kept small and dated rather than taken from a
// nationwide package whose data lags and misreads street names as regions.
/**
 * Beijing (110000), its 16 districts and 北京经济技术开发区 (no GB/T 2260 code of its own).
 *
 * @example
 * ```ts
 * import { REGIONS } from "@minsheng/core";
 * REGIONS.filter((r) => r.level === "district").length; //=> 16
 * ```
 */
export const REGIONS: readonly RegionEntry[] = [
  { name: "北京市", code: "110000", short: "北京", aliases: [], level: "city", validFrom: "1949-10-01" },
  { name: "东城区", code: "110101", short: "东城", aliases: [], level: "district", validFrom: "2010-07-01" },
  { name: "西城区", code: "110102", short: "西城", aliases: [], level: "district", validFrom: "2010-07-01" },
  { name: "朝阳区", code: "110105", short: "朝阳", aliases: [], level: "district", validFrom: "1958-05-01" },
  { name: "丰台区", code: "110106", short: "丰台", aliases: [], level: "district", validFrom: "1952-09-01" },
  {
    name: "石景山区",
    code: "110107",
    short: "石景山",
    aliases: [],
    level: "district",
    validFrom: "1967-08-01",
  },
  { name: "海淀区", code: "110108", short: "海淀", aliases: [], level: "district", validFrom: "1952-09-01" },
  {
    name: "门头沟区",
    code: "110109",
    short: "门头沟",
    aliases: [],
    level: "district",
    validFrom: "1958-05-01",
  },
  { name: "房山区", code: "110111", short: "房山", aliases: [], level: "district", validFrom: "1986-11-01" },
  { name: "通州区", code: "110112", short: "通州", aliases: [], level: "district", validFrom: "1997-04-01" },
  { name: "顺义区", code: "110113", short: "顺义", aliases: [], level: "district", validFrom: "1998-03-01" },
  { name: "昌平区", code: "110114", short: "昌平", aliases: [], level: "district", validFrom: "1999-09-01" },
  { name: "大兴区", code: "110115", short: "大兴", aliases: [], level: "district", validFrom: "2001-01-01" },
  { name: "怀柔区", code: "110116", short: "怀柔", aliases: [], level: "district", validFrom: "2001-12-01" },
  { name: "平谷区", code: "110117", short: "平谷", aliases: [], level: "district", validFrom: "2001-12-01" },
  { name: "密云区", code: "110118", short: "密云", aliases: [], level: "district", validFrom: "2015-11-01" },
  { name: "延庆区", code: "110119", short: "延庆", aliases: [], level: "district", validFrom: "2015-11-01" },
  {
    name: "北京经济技术开发区",
    code: "",
    short: "经开区",
    aliases: ["亦庄经济技术开发区", "北京亦庄", "亦庄开发区", "开发区"],
    level: "zone",
    validFrom: "1994-08-25",
  },
];

/**
 * Looks up a region by its GB/T 2260 code or its exact full or short name.
 *
 * @param key - a code (110101) or a name (东城区, 东城)
 * @returns the region, or `null` when none has that code or name
 *
 * @example
 * ```ts
 * import { regionByKey } from "@minsheng/core";
 * regionByKey("东城")?.code; //=> "110101"
 * regionByKey("110115")?.name; //=> "大兴区"
 * ```
 */
export function regionByKey(key: string): RegionEntry | null {
  const k = key.trim();
  if (!k) return null;
  return REGIONS.find((r) => r.code === k || r.name === k || r.short === k || r.aliases.includes(k)) ?? null;
}
