import type { z } from "zod";
import { DocumentSchema, type Document } from "../document/DocumentSchema";
import { MetricsSchema, type Metrics } from "../metrics/MetricsSchema";

/**
 * One reason a value does not fit a schema: where (a JSON path such as `sections[0].tasks[3].seq`)
 * and why, in words.
 */
export interface ValidationIssue {
  /** Where in the value, as a path (`$` for the root). */
  readonly path: string;
  /** Why it does not fit. */
  readonly message: string;
}

/**
 * The result of validating: the parsed value, or every issue found.
 */
export type ValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

function pathOf(path: readonly PropertyKey[]): string {
  let out = "$";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `.${String(p)}`;
  return out;
}

function run<T>(schema: z.ZodType<T>, value: unknown): ValidationResult<T> {
  const r = schema.safeParse(value);
  if (r.success) return { success: true, data: r.data };
  return {
    success: false,
    issues: r.error.issues.map((i) => ({ path: pathOf(i.path), message: i.message })),
  };
}

/**
 * Checks that a value is a `minsheng.document/v1` document.
 *
 * @param value - anything, e.g. `JSON.parse` of a file
 * @returns `{ success: true, data }` or `{ success: false, issues }` with a path and a reason for each
 *
 * @example
 * ```ts
 * import { validateDocument } from "@minsheng/core";
 * const r = validateDocument({ schema: "minsheng.document/v1" });
 * r.success; //=> false
 * ```
 */
export function validateDocument(value: unknown): ValidationResult<Document> {
  return run(DocumentSchema, value);
}

/**
 * Checks that a value is a `minsheng.metrics/v1` object.
 *
 * @param value - anything, e.g. `JSON.parse` of a file
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 *
 * @example
 * ```ts
 * import { validateMetrics } from "@minsheng/core";
 * validateMetrics({}).success; //=> false
 * ```
 */
export function validateMetrics(value: unknown): ValidationResult<Metrics> {
  return run(MetricsSchema, value);
}

/**
 * Formats validation issues one per line, `path: message`.
 *
 * @param issues - from a failed {@link validateDocument} or {@link validateMetrics}
 * @returns the lines joined with newlines
 *
 * @example
 * ```ts
 * import { formatIssues } from "@minsheng/core";
 * formatIssues([{ path: "$.title", message: "Invalid input" }]); //=> "$.title: Invalid input"
 * ```
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join("\n");
}
