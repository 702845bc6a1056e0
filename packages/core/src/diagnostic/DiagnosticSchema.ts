import { z } from "zod";

/**
 * The closed set of diagnostic codes. A parser, resolver or reader says what was odd, skipped,
 * guessed or repaired with one of these; a new kind of oddity means a new code here.
 *
 * @example
 * ```ts
 * import { DiagnosticCodeSchema } from "@minsheng/core";
 * DiagnosticCodeSchema.options.includes("truncated_task"); //=> true
 * ```
 */
export const DiagnosticCodeSchema = z.enum([
  // input and decoding
  "encoding_detected",
  "invalid_encoding",
  "binary_content",
  "empty_document",
  // layout and lines
  "layout_unknown",
  "unclassified_line",
  "header_repeated",
  "line_joined",
  "html_removed",
  "whitespace_collapsed",
  "truncated_task",
  "column_unread",
  // fields
  "deadline_unreadable",
  "deadline_open",
  "deadline_hedged",
  "deadline_missing",
  "units_missing",
  "status_unreadable",
  "seq_inferred",
  "seq_compound",
  "numbering_gap",
  "numbering_duplicate",
  "category_count_mismatch",
  "period_inferred",
  "year_inferred",
  // identity
  "unit_ambiguous",
  "city_item_conflict",
  "city_item_unmatched",
]);

/** A diagnostic code (see {@link DiagnosticCodeSchema}). */
export type DiagnosticCode = z.infer<typeof DiagnosticCodeSchema>;

/**
 * How much a diagnostic matters: `error` (data could not be read), `warning` (a guess or a
 * possible loss), `info` (a repair or a fact worth knowing).
 *
 * @example
 * ```ts
 * import { SeveritySchema } from "@minsheng/core";
 * SeveritySchema.parse("warning");
 * ```
 */
export const SeveritySchema = z.enum(["error", "warning", "info"]);

/** How much a diagnostic matters (see {@link SeveritySchema}). */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * What was odd, skipped, guessed or repaired, with the 1-based line of the source it concerns.
 * The message is one sentence that quotes the raw text.
 *
 * @example
 * ```ts
 * import { DiagnosticSchema } from "@minsheng/core";
 * DiagnosticSchema.parse({ code: "truncated_task", severity: "warning", message: "The document ends inside task 7.", line: 40 });
 * ```
 */
export const DiagnosticSchema = z
  .object({
    code: DiagnosticCodeSchema,
    severity: SeveritySchema,
    message: z.string().min(1),
    line: z.number().int().positive().nullable().describe("1-based line of the source, when it concerns one"),
  })
  .describe("What was odd, skipped, guessed or repaired");

/** A diagnostic (see {@link DiagnosticSchema}). */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
