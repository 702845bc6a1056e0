import { z } from "zod";

/**
 * A calendar date as `YYYY-MM-DD`, with no time and no time zone.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from "@minsheng/core";
 * IsoDateSchema.parse("2024-12-31"); //=> "2024-12-31"
 * ```
 */
export const IsoDateSchema = z.iso.date().describe("A calendar date, YYYY-MM-DD");

/** A calendar date as `YYYY-MM-DD` (see {@link IsoDateSchema}). */
export type IsoDate = z.infer<typeof IsoDateSchema>;
