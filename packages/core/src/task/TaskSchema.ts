import { z } from "zod";
import { CityItemRefSchema } from "../cityItem/CityItemRefSchema";
import { IsoDateSchema } from "../common/IsoDateSchema";
import { QuantitySchema } from "../quantity/QuantitySchema";

/**
 * What kind of body a unit is. Collectives (各街道办事处, 区政府各委办局) are kept so nothing is
 * lost, and marked so metrics can leave them out.
 *
 * @example
 * ```ts
 * import { UnitKindSchema } from "@minsheng/core";
 * UnitKindSchema.parse("collective");
 * ```
 */
export const UnitKindSchema = z.enum([
  "district-body",
  "city-body",
  "city-branch",
  "street",
  "police",
  "enterprise",
  "collective",
  "other",
]);

/** What kind of body a unit is (see {@link UnitKindSchema}). */
export type UnitKind = z.infer<typeof UnitKindSchema>;

/**
 * A body named on a task: `lead` (主责/责任/牵头单位) or `assist` (协办/配合单位).
 * `name` is as written; `id` is the body, the same for all its spellings in one district.
 *
 * @example
 * ```ts
 * import { UnitRefSchema } from "@minsheng/core";
 * UnitRefSchema.parse({ role: "lead", name: "区卫健委", id: "110101:区卫生健康委", kind: "district-body" });
 * ```
 */
export const UnitRefSchema = z
  .object({
    role: z.enum(["lead", "assist"]),
    name: z.string().min(1).describe("As written in the document"),
    id: z.string().min(1).describe("The body: stable, equal for all its spellings in one district"),
    kind: UnitKindSchema,
  })
  .describe("A body named on a task");

/** A body named on a task (see {@link UnitRefSchema}). */
export type UnitRef = z.infer<typeof UnitRefSchema>;

/**
 * A task's deadline: `date` is the last day allowed; `precision` says how much the text fixed.
 *
 * @example
 * ```ts
 * import { DeadlineSchema } from "@minsheng/core";
 * DeadlineSchema.parse({ date: "2024-12-31", precision: "month", text: "2024年12月底前", hedged: false });
 * ```
 */
export const DeadlineSchema = z
  .object({
    date: IsoDateSchema.describe("The last day allowed"),
    precision: z.enum(["day", "month", "year"]),
    text: z.string().describe("The words it was read from"),
    hedged: z.boolean().describe("True when the text only strives for it (力争)"),
  })
  .describe("A deadline: the last day allowed");

/** A task's deadline (see {@link DeadlineSchema}). */
export type Deadline = z.infer<typeof DeadlineSchema>;

/**
 * The status a document STATES for a task; `null` when it says nothing. Never inferred from narrative.
 *
 * @example
 * ```ts
 * import { StatusSchema } from "@minsheng/core";
 * StatusSchema.parse("completed");
 * ```
 */
export const StatusSchema = z.enum(["completed", "in-progress", "not-started"]);

/** A stated status (see {@link StatusSchema}). */
export type Status = z.infer<typeof StatusSchema>;

/**
 * The pace a document states: 提前完成/超序时进度 → ahead; 按序时推进 → on-schedule; 推进缓慢/滞后 → behind.
 *
 * @example
 * ```ts
 * import { PaceSchema } from "@minsheng/core";
 * PaceSchema.parse("behind");
 * ```
 */
export const PaceSchema = z.enum(["ahead", "on-schedule", "behind"]);

/** A stated pace (see {@link PaceSchema}). */
export type Pace = z.infer<typeof PaceSchema>;

/**
 * What a report says of a task's progress.
 *
 * @example
 * ```ts
 * import { ProgressSchema } from "@minsheng/core";
 * ProgressSchema.parse({ status: "completed", statusText: "已完成", pace: null, text: "已开通57条通学公交路线。", points: [], actuals: [] });
 * ```
 */
export const ProgressSchema = z
  .object({
    status: StatusSchema.nullable().describe("As STATED by the document; null when it says nothing"),
    statusText: z.string().nullable().describe("The status words as written"),
    pace: PaceSchema.nullable(),
    text: z.string().describe("The narrative, cleaned"),
    points: z.array(z.string()).describe("Numbered sub-points of the narrative, when it has them"),
    actuals: z.array(QuantitySchema).describe("Figures of work done or under way"),
  })
  .describe("What a report says of a task's progress");

/** What a report says of a task's progress (see {@link ProgressSchema}). */
export type Progress = z.infer<typeof ProgressSchema>;

/**
 * 1-based, inclusive line range of the source file.
 *
 * @example
 * ```ts
 * import { SpanSchema } from "@minsheng/core";
 * SpanSchema.parse({ startLine: 8, endLine: 8 });
 * ```
 */
export const SpanSchema = z
  .object({
    startLine: z.number().int().positive(),
    endLine: z.number().int().positive(),
  })
  .refine((s) => s.endLine >= s.startLine, { message: "endLine must not be before startLine" })
  .describe("1-based inclusive line range of the source");

/** A 1-based inclusive line range (see {@link SpanSchema}). */
export type Span = z.infer<typeof SpanSchema>;

/**
 * One task (a numbered commitment) of a section.
 *
 * @example
 * ```ts
 * import { TaskSchema } from "@minsheng/core";
 * TaskSchema.parse({
 *   seq: 1, text: "新增幼儿托位 600 个。", category: null, cityItem: null,
 *   units: [{ role: "lead", name: "区教委", id: "110101:区教育委员会", kind: "district-body" }],
 *   leaders: [], deadline: { date: "2024-12-31", precision: "month", text: "2024 年 12 月底", hedged: false },
 *   targets: [{ value: 600, unit: "个", comparator: "=", text: "600 个", subject: "幼儿托位" }],
 *   progress: null, span: { startLine: 115, endLine: 121 },
 * });
 * ```
 */
export const TaskSchema = z
  .object({
    seq: z.number().int().nonnegative().describe("As numbered in the document: （二十三） → 23"),
    text: z.string().describe("The task, cleaned"),
    category: z.string().nullable(),
    cityItem: CityItemRefSchema.nullable(),
    units: z.array(UnitRefSchema),
    leaders: z.array(z.string()),
    deadline: DeadlineSchema.nullable(),
    targets: z.array(QuantitySchema).describe("What the task promises"),
    progress: ProgressSchema.nullable(),
    span: SpanSchema,
  })
  .describe("One numbered commitment");

/** One task (see {@link TaskSchema}). */
export type Task = z.infer<typeof TaskSchema>;
