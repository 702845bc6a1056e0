import { z } from "zod";

/**
 * How a quantity bounds its value: 不少于 / 以上 → `>=`, 超过 → `>`, 不超过 → `<=`, 余 / 约 → `~`.
 *
 * @example
 * ```ts
 * import { ComparatorSchema } from "@minsheng/core";
 * ComparatorSchema.parse(">="); //=> ">="
 * ```
 */
export const ComparatorSchema = z.enum(["=", ">=", ">", "<=", "~"]);

/** How a quantity bounds its value (see {@link ComparatorSchema}). */
export type Comparator = z.infer<typeof ComparatorSchema>;

/**
 * A figure read from text: `1 万个` → `{ value: 10000, unit: "个" }`; `260余万` → `{ value: 2600000, comparator: "~" }`.
 *
 * @example
 * ```ts
 * import { QuantitySchema } from "@minsheng/core";
 * QuantitySchema.parse({ value: 10000, unit: "个", comparator: "=", text: "1 万个", subject: "普惠幼儿托位" });
 * ```
 */
export const QuantitySchema = z
  .object({
    value: z.number().finite().describe("The normalized value: 1 万个 → 10000"),
    unit: z.string().describe('The measure word (个, 公里, 批次, %); "" when none is written'),
    comparator: ComparatorSchema,
    text: z.string().describe("The words the figure was read from"),
    subject: z.string().nullable().describe("What is counted, when the text says it"),
  })
  .describe("A figure read from text, normalized, with the words it came from");

/** A figure read from text (see {@link QuantitySchema}). */
export type Quantity = z.infer<typeof QuantitySchema>;
