import { z } from "zod";
import { ProgrammeSchema } from "./CityItemRefSchema";

/**
 * The city's official list of one programme for one year (重要民生实事 / 工作报告重点任务): each
 * item's number and text. With a catalog for a year, city-item keys become canonical
 * (`bj:livelihood:2024:11`) and every citation is matched against the list by its text.
 *
 * @example
 * ```ts
 * import { CityItemCatalogSchema } from "@minsheng/core";
 * const c = CityItemCatalogSchema.parse({
 *   programme: "livelihood", year: 2024, source: "北京市2024年重要民生实事项目",
 *   items: [{ number: 1, text: "新增3岁以下普惠幼儿托位1万个；免费为普惠托育机构提供安全运营保险。" }],
 * });
 * c.items.length; //=> 1
 * ```
 */
export const CityItemCatalogSchema = z
  .object({
    programme: ProgrammeSchema,
    year: z.number().int().min(1949).max(2200),
    source: z.string().describe("Where the list was published, so a reader can check it"),
    items: z.array(
      z.object({
        number: z.number().int().positive(),
        text: z.string().min(1),
      }),
    ),
  })
  .describe("The city's official list of one programme for one year");

/** The city's official list of one programme for one year (see {@link CityItemCatalogSchema}). */
export type CityItemCatalog = z.infer<typeof CityItemCatalogSchema>;

// No official list is bundled yet: a catalog is data copied from the city's published list, and
// none has been checked item by item. Users pass their own (`resolveCorpus(docs, { catalogs })`,
// `minsheng parse --catalog list.json`); a checked list belongs here, with its `source`.
/**
 * The catalogs that ship with `@minsheng/core` and are used by default.
 *
 * @example
 * ```ts
 * import { CITY_ITEM_CATALOGS } from "@minsheng/core";
 * Array.isArray(CITY_ITEM_CATALOGS); //=> true
 * ```
 */
export const CITY_ITEM_CATALOGS: readonly CityItemCatalog[] = [];
