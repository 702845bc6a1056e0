import { z } from "zod";
import { DocumentSchema } from "../document/DocumentSchema";
import { MetricsSchema } from "../metrics/MetricsSchema";

/**
 * The JSON Schema (draft 2020-12) of `minsheng.document/v1`, generated from {@link DocumentSchema}.
 * The same object ships as `@minsheng/core/schema/document.v1.json` for users in other languages.
 *
 * @returns the JSON Schema as a plain object
 *
 * @example
 * ```ts
 * import { documentJsonSchema } from "@minsheng/core";
 * documentJsonSchema().$id; //=> "urn:minsheng:schema:document:v1"
 * ```
 */
export function documentJsonSchema(): Record<string, unknown> {
  return {
    $id: "urn:minsheng:schema:document:v1",
    title: "minsheng.document/v1",
    ...z.toJSONSchema(DocumentSchema, { target: "draft-2020-12" }),
  };
}

/**
 * The JSON Schema (draft 2020-12) of `minsheng.metrics/v1`, generated from {@link MetricsSchema}.
 *
 * @returns the JSON Schema as a plain object
 *
 * @example
 * ```ts
 * import { metricsJsonSchema } from "@minsheng/core";
 * metricsJsonSchema().title; //=> "minsheng.metrics/v1"
 * ```
 */
export function metricsJsonSchema(): Record<string, unknown> {
  return {
    $id: "urn:minsheng:schema:metrics:v1",
    title: "minsheng.metrics/v1",
    ...z.toJSONSchema(MetricsSchema, { target: "draft-2020-12" }),
  };
}
