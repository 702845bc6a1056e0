import { z } from "zod";

/**
 * The two city-level programmes districts implement: 重要民生实事 (`livelihood`) and
 * 市政府工作报告重点任务 (`work-report`).
 *
 * @example
 * ```ts
 * import { ProgrammeSchema } from "@minsheng/core";
 * ProgrammeSchema.parse("livelihood");
 * ```
 */
export const ProgrammeSchema = z.enum(["livelihood", "work-report"]);

/** A city-level programme (see {@link ProgrammeSchema}). */
export type Programme = z.infer<typeof ProgrammeSchema>;

/**
 * A task's reference to the city item it implements. `number` is the number AS CITED by the
 * district; `key` is the item's identity, equal for every citation of one item in any document.
 *
 * @example
 * ```ts
 * import { CityItemRefSchema } from "@minsheng/core";
 * CityItemRefSchema.parse({ programme: "livelihood", year: 2024, number: 11, key: "bj:livelihood:2024:t1a2b3c4d",
 *   text: "新建 50 个温馨家园", similarity: null }).number; //=> 11
 * ```
 */
export const CityItemRefSchema = z
  .object({
    programme: ProgrammeSchema,
    year: z.number().int().min(1949).max(2200),
    number: z.number().int().positive().describe("The number as cited; districts renumber"),
    key: z.string().min(1).describe("The city item's identity across documents"),
    text: z.string().nullable().describe("The item's text as quoted by the citing document, when quoted"),
    similarity: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe("How closely the quoted text matched the catalog entry or cluster it was resolved to"),
  })
  .describe("A citation of a city item");

/** A citation of a city item (see {@link CityItemRefSchema}). */
export type CityItemRef = z.infer<typeof CityItemRefSchema>;
