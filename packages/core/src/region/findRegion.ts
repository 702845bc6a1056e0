import { REGIONS, type RegionEntry } from "./regions";

/**
 * A region named in a piece of text, and where.
 */
export interface RegionMatch {
  /** The region named. */
  readonly region: RegionEntry;
  /** The words that named it. */
  readonly text: string;
  /** Index of the first character in the text. */
  readonly index: number;
}

// Longest names first so 北京经济技术开发区 wins over 开发区 and 石景山区 over any shorter match.
const NAMES: ReadonlyArray<readonly [string, RegionEntry]> = REGIONS.flatMap((r) =>
  [r.name, r.short, ...r.aliases].map((n) => [n, r] as const),
).sort((a, b) => b[0].length - a[0].length);

// A short name is a region only when it is not part of a longer word: 朝阳门 is a gate, 朝阳路 a
// road, 大兴机场 an airport. The characters below make a short name something else.
const NOT_A_REGION_AFTER = new Set([..."门路街桥湖口站村里园寺庙府苑城道巷机河山镇乡"]);

/**
 * Finds every Beijing region named in a text, full names (东城区) and short names (东城) alike,
 * longest match first, without overlaps.
 *
 * @param text - any text, e.g. a title line
 * @returns the matches in order of position
 *
 * @example
 * ```ts
 * import { findRegions } from "@minsheng/core";
 * findRegions("东城区主责项目一季度进展情况表").map((m) => m.region.code); //=> ["110101"]
 * findRegions("朝阳门南、北小街").length; //=> 0
 * ```
 */
export function findRegions(text: string): RegionMatch[] {
  const out: RegionMatch[] = [];
  const taken = new Uint8Array(text.length);
  for (const [name, region] of NAMES) {
    let from = 0;
    for (;;) {
      const i = text.indexOf(name, from);
      if (i < 0) break;
      from = i + 1;
      const end = i + name.length;
      if (taken.subarray(i, end).some((x) => x)) continue;
      const isShort = name === region.short && region.level !== "zone";
      if (isShort) {
        const next = text[end];
        if (next !== undefined && NOT_A_REGION_AFTER.has(next)) continue;
      }
      taken.fill(1, i, end);
      out.push({ region, text: name, index: i });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The district (or, failing that, the city) a text most plausibly names as its author: the first
 * district named, else 北京市 when the city is named, else `null`.
 *
 * @param text - a title or heading
 * @returns the region, or `null`
 *
 * @example
 * ```ts
 * import { findIssuer } from "@minsheng/core";
 * findIssuer("北京市通州区人民政府文件")?.name; //=> "通州区"
 * findIssuer("北京市 2024 年办好重要民生实事项目分工方案")?.name; //=> "北京市"
 * ```
 */
export function findIssuer(text: string): RegionEntry | null {
  const matches = findRegions(text);
  return matches.find((m) => m.region.level !== "city")?.region ?? matches[0]?.region ?? null;
}
