import { z } from "zod";

/**
 * A region that issues documents: Beijing or one of its districts, with its GB/T 2260 code.
 * 北京经济技术开发区 has no code of its own and carries `""`.
 *
 * @example
 * ```ts
 * import { RegionSchema } from "@minsheng/core";
 * RegionSchema.parse({ name: "东城区", code: "110101" });
 * ```
 */
export const RegionSchema = z
  .object({
    name: z.string().min(1).describe("Official name, e.g. 东城区"),
    code: z
      .string()
      .regex(/^(?:\d{6})?$/)
      .describe("GB/T 2260 code, e.g. 110101; empty when the region has none"),
  })
  .describe("A region with its GB/T 2260 code");

/** A region with its GB/T 2260 code (see {@link RegionSchema}). */
export type Region = z.infer<typeof RegionSchema>;
