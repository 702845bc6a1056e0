import { z } from "zod";
import { IsoDateSchema } from "../common/IsoDateSchema";
import { DiagnosticSchema } from "../diagnostic/DiagnosticSchema";
import { RegionSchema } from "../region/RegionSchema";
import { TaskSchema } from "../task/TaskSchema";

/** The export format's version tag. */
export const DOCUMENT_SCHEMA_ID = "minsheng.document/v1";

/**
 * The stretch of the year a report covers: 一季度 Q1, 上半年 H1, 前三季度 Q1-Q3, 全年/年度 annual.
 *
 * @example
 * ```ts
 * import { PeriodSchema } from "@minsheng/core";
 * PeriodSchema.parse({ year: 2024, span: "Q1", asOf: "2024-03-31" });
 * ```
 */
export const PeriodSchema = z
  .object({
    year: z.number().int().min(1949).max(2200),
    span: z.enum(["Q1", "H1", "Q1-Q3", "annual"]),
    asOf: IsoDateSchema.describe("The last day the report covers"),
  })
  .describe("The stretch of the year a report covers");

/** The stretch of the year a report covers (see {@link PeriodSchema}). */
export type Period = z.infer<typeof PeriodSchema>;

/**
 * A category of tasks, with the count it declares: 改善居住条件（4项） → `{ name: "改善居住条件", declaredCount: 4 }`.
 *
 * @example
 * ```ts
 * import { CategorySchema } from "@minsheng/core";
 * CategorySchema.parse({ name: "改善居住条件", declaredCount: 4, line: 17 });
 * ```
 */
export const CategorySchema = z
  .object({
    name: z.string().min(1),
    declaredCount: z.number().int().nonnegative().nullable(),
    line: z.number().int().positive().nullable().describe("1-based line of the source where it is named"),
  })
  .describe("A category of tasks with its declared count");

/** A category of tasks (see {@link CategorySchema}). */
export type Category = z.infer<typeof CategorySchema>;

/**
 * What kind of section: `progress` (进展情况表), `plan` (项目 / 分工方案 / 通知), `completion` (完成情况).
 *
 * @example
 * ```ts
 * import { SectionKindSchema } from "@minsheng/core";
 * SectionKindSchema.parse("plan");
 * ```
 */
export const SectionKindSchema = z.enum(["progress", "plan", "completion"]);

/** What kind of section (see {@link SectionKindSchema}). */
export type SectionKind = z.infer<typeof SectionKindSchema>;

/**
 * A section of a document: a list of tasks of one kind and one period.
 *
 * @example
 * ```ts
 * import { SectionSchema } from "@minsheng/core";
 * SectionSchema.parse({ kind: "plan", title: "二、东城区 2024 年重要民生实项目", year: 2024, period: null,
 *   categories: [], tasks: [], layout: "numberedList" });
 * ```
 */
export const SectionSchema = z
  .object({
    kind: SectionKindSchema,
    title: z.string().nullable(),
    year: z.number().int().min(1949).max(2200).nullable().describe("The year the section's tasks belong to"),
    period: PeriodSchema.nullable(),
    categories: z.array(CategorySchema),
    tasks: z.array(TaskSchema),
    layout: z.string().describe("Id of the layout module that read the section"),
  })
  .describe("A list of tasks of one kind and one period");

/** A section of a document (see {@link SectionSchema}). */
export type Section = z.infer<typeof SectionSchema>;

/**
 * What a stretch of source lines was read as. With the tasks' spans and the diagnostics, the
 * outline accounts for every non-blank line of the source.
 *
 * @example
 * ```ts
 * import { LineRoleSchema } from "@minsheng/core";
 * LineRoleSchema.parse("header");
 * ```
 */
export const LineRoleSchema = z.enum(["title", "meta", "header", "category", "task", "note", "boilerplate"]);

/** What a stretch of lines was read as (see {@link LineRoleSchema}). */
export type LineRole = z.infer<typeof LineRoleSchema>;

/**
 * A stretch of source lines with the role it was read as.
 *
 * @example
 * ```ts
 * import { OutlineEntrySchema } from "@minsheng/core";
 * OutlineEntrySchema.parse({ startLine: 7, endLine: 7, role: "header", section: 0 });
 * ```
 */
export const OutlineEntrySchema = z
  .object({
    startLine: z.number().int().positive(),
    endLine: z.number().int().positive(),
    role: LineRoleSchema,
    section: z.number().int().nonnegative().nullable().describe("Index of the section it belongs to, if any"),
  })
  .describe("A stretch of source lines with its role");

/** A stretch of source lines with its role (see {@link OutlineEntrySchema}). */
export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;

/**
 * Where a document came from: its path, content hash, detected encoding and line count.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "@minsheng/core";
 * SourceSchema.parse({ path: "seeds/a.txt", sha256: "0".repeat(64), encoding: "utf-8", lines: 25 });
 * ```
 */
export const SourceSchema = z
  .object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z
      .string()
      .describe("utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, or the input format (html, docx, xlsx, pdf)"),
    lines: z.number().int().nonnegative(),
  })
  .describe("Where a document came from");

/** Where a document came from (see {@link SourceSchema}). */
export type Source = z.infer<typeof SourceSchema>;

/**
 * One source file read into the model: the export format `minsheng.document/v1`.
 *
 * @example
 * ```ts
 * import { DocumentSchema } from "@minsheng/core";
 * const doc = DocumentSchema.parse({
 *   schema: "minsheng.document/v1",
 *   source: { path: "empty.txt", sha256: "0".repeat(64), encoding: "utf-8", lines: 0 },
 *   title: null, issuer: null, docNumber: null, issued: null, sections: [], outline: [], diagnostics: [],
 * });
 * doc.sections.length; //=> 0
 * ```
 */
export const DocumentSchema = z
  .object({
    schema: z.literal(DOCUMENT_SCHEMA_ID),
    source: SourceSchema,
    title: z.string().nullable(),
    issuer: RegionSchema.nullable().describe("The district (or city) that wrote it"),
    docNumber: z.string().nullable().describe("文号, e.g. 通政发〔2024〕1号"),
    issued: IsoDateSchema.nullable().describe("The date it was signed (成文日期), not printed"),
    sections: z.array(SectionSchema),
    outline: z
      .array(OutlineEntrySchema)
      .describe("What every stretch of non-blank lines was read as, tasks included"),
    diagnostics: z.array(DiagnosticSchema),
  })
  .describe("One source file read into the model");

/** One source file read into the model (see {@link DocumentSchema}). */
export type Document = z.infer<typeof DocumentSchema>;
