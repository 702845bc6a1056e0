import { z } from "zod";
import { ProgrammeSchema } from "../cityItem/CityItemRefSchema";
import { IsoDateSchema } from "../common/IsoDateSchema";
import { PeriodSchema, SectionKindSchema } from "../document/DocumentSchema";
import { QuantitySchema } from "../quantity/QuantitySchema";

/** The metrics format's version tag. */
export const METRICS_SCHEMA_ID = "minsheng.metrics/v1";

/**
 * Points at one task: the document's `source.path`, the section's index, the task's `seq`.
 *
 * @example
 * ```ts
 * import { TaskRefSchema } from "@minsheng/core";
 * TaskRefSchema.parse({ source: "seeds/001.txt", section: 1, seq: 2 });
 * ```
 */
export const TaskRefSchema = z
  .object({
    source: z.string(),
    section: z.number().int().nonnegative(),
    seq: z.number().int().nonnegative(),
  })
  .describe("Points at one task");

/** Points at one task (see {@link TaskRefSchema}). */
export type TaskRef = z.infer<typeof TaskRefSchema>;

/**
 * Figures of one section: counts by stated status, completion rate, evidence, deadlines by month.
 *
 * @example
 * ```ts
 * import { SectionMetricsSchema } from "@minsheng/core";
 * SectionMetricsSchema.shape.completionRate.parse(null); //=> null
 * ```
 */
export const SectionMetricsSchema = z.object({
  source: z.string(),
  section: z.number().int().nonnegative(),
  issuer: z.string().nullable(),
  year: z
    .number()
    .int()
    .nullable()
    .describe("The year the section's tasks belong to (plans have no period but a year)"),
  kind: SectionKindSchema,
  period: PeriodSchema.nullable(),
  tasks: z.number().int().nonnegative(),
  status: z.object({
    completed: z.number().int().nonnegative(),
    inProgress: z.number().int().nonnegative(),
    notStarted: z.number().int().nonnegative(),
    unstated: z.number().int().nonnegative(),
  }),
  completionRate: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe("completed / tasks with a stated status; null when none is stated"),
  evidence: z.object({
    quantified: z.number().int().nonnegative(),
    narrativeOnly: z.number().int().nonnegative(),
    none: z.number().int().nonnegative(),
  }),
  deadlinesByMonth: z.record(z.string().regex(/^\d{4}-\d{2}$/), z.number().int().nonnegative()),
  deadlineMissing: z.number().int().nonnegative(),
  refs: z.array(TaskRefSchema).describe("The section's tasks"),
});

/** Figures of one section (see {@link SectionMetricsSchema}). */
export type SectionMetrics = z.infer<typeof SectionMetricsSchema>;

/**
 * One city item and every district citation of it.
 *
 * @example
 * ```ts
 * import { CoverageRowSchema } from "@minsheng/core";
 * CoverageRowSchema.parse({ key: "k", programme: "livelihood", year: 2024, text: null, citations: [], districts: [] });
 * ```
 */
export const CoverageRowSchema = z.object({
  key: z.string(),
  programme: ProgrammeSchema,
  year: z.number().int(),
  text: z.string().nullable().describe("The item's text as first quoted"),
  citations: z.array(z.object({ district: z.string(), number: z.number().int(), ref: TaskRefSchema })),
  districts: z.array(z.string()).describe("Sorted, distinct"),
});

/** One city item and its citations (see {@link CoverageRowSchema}). */
export type CoverageRow = z.infer<typeof CoverageRowSchema>;

/**
 * The load one body carries: tasks it leads and assists.
 *
 * @example
 * ```ts
 * import { UnitLoadSchema } from "@minsheng/core";
 * UnitLoadSchema.parse({ id: "110112:区城市管理委员会", district: "通州区", kind: "district-body", collective: false,
 *   parent: null, names: ["区城市管理委"], lead: 7, assist: 0, leadWithSubUnits: 8, tasks: [] });
 * ```
 */
export const UnitLoadSchema = z.object({
  id: z.string(),
  district: z.string().nullable(),
  kind: z.string(),
  collective: z
    .boolean()
    .describe("A collective (各街道办事处): kept, but left out of concentration figures"),
  parent: z
    .string()
    .nullable()
    .describe(
      "For a sub-office written 区城市管理委（区城市管理指挥中心）: the id of the body it belongs to",
    ),
  names: z.array(z.string()),
  lead: z.number().int().nonnegative(),
  assist: z.number().int().nonnegative(),
  leadWithSubUnits: z
    .number()
    .int()
    .nonnegative()
    .describe("Distinct tasks led by the body or one of its sub-offices"),
  tasks: z.array(TaskRefSchema),
});

/** The load one body carries (see {@link UnitLoadSchema}). */
export type UnitLoad = z.infer<typeof UnitLoadSchema>;

/**
 * How concentrated the lead role is among one district's bodies, collectives left out.
 *
 * @example
 * ```ts
 * import { ConcentrationSchema } from "@minsheng/core";
 * ConcentrationSchema.shape.hhi.parse(null); //=> null
 * ```
 */
export const ConcentrationSchema = z.object({
  district: z.string().nullable(),
  bodies: z.number().int().nonnegative().describe("Bodies (not collectives) leading at least one task"),
  leadRoles: z.number().int().nonnegative().describe("Lead roles held by those bodies, summed over tasks"),
  collectivesLeftOut: z.number().int().nonnegative().describe("Lead roles held by collectives, not counted"),
  hhi: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe("Sum of squared lead shares; null when no body leads anything"),
  top: z
    .array(
      z.object({ id: z.string(), lead: z.number().int().nonnegative(), share: z.number().min(0).max(1) }),
    )
    .describe("The five bodies leading most, with their share of lead roles"),
  refs: z.array(TaskRefSchema),
});

/** Lead concentration in one district (see {@link ConcentrationSchema}). */
export type Concentration = z.infer<typeof ConcentrationSchema>;

/**
 * A lead body and an assisting body named on the same tasks.
 *
 * @example
 * ```ts
 * import { CollaborationSchema } from "@minsheng/core";
 * CollaborationSchema.parse({ lead: "a", assist: "b", tasks: 2, refs: [] });
 * ```
 */
export const CollaborationSchema = z.object({
  lead: z.string(),
  assist: z.string(),
  tasks: z.number().int().nonnegative(),
  refs: z.array(TaskRefSchema),
});

/** A lead/assist pair (see {@link CollaborationSchema}). */
export type Collaboration = z.infer<typeof CollaborationSchema>;

/**
 * A promised figure against a delivered one of the same measure on the same task.
 *
 * @example
 * ```ts
 * import { AttainmentSchema } from "@minsheng/core";
 * AttainmentSchema.shape.ratio.parse(1.409);
 * ```
 */
export const AttainmentSchema = z.object({
  ref: TaskRefSchema,
  target: QuantitySchema,
  actual: QuantitySchema,
  ratio: z.number().finite(),
  met: z.boolean(),
});

/** A target against an actual (see {@link AttainmentSchema}). */
export type Attainment = z.infer<typeof AttainmentSchema>;

/**
 * A traffic light for one task with a deadline, and the rule that set it.
 *
 * @example
 * ```ts
 * import { LightSchema } from "@minsheng/core";
 * LightSchema.parse({ ref: { source: "a", section: 0, seq: 1 }, light: "red", reason: "overdue since 2024-08-31",
 *   rule: "overdue", deadline: "2024-08-31", doneBy: null });
 * ```
 */
export const LightSchema = z.object({
  ref: TaskRefSchema,
  light: z.enum(["red", "yellow", "green"]),
  reason: z.string(),
  rule: z
    .enum(["done", "overdue", "behind", "due-soon", "lagging", "on-schedule"])
    .describe("Which rule set the light"),
  deadline: IsoDateSchema,
  doneBy: TaskRefSchema.nullable().describe(
    "The later report stating it completed, when that is why it is done",
  ),
});

/** A traffic light for a task (see {@link LightSchema}). */
export type Light = z.infer<typeof LightSchema>;

/**
 * Deadline risk as of a date: overdue and due-soon tasks, how many are open, a light per task.
 *
 * @example
 * ```ts
 * import { DeadlinesSchema } from "@minsheng/core";
 * DeadlinesSchema.parse({ overdue: [], dueSoon: [], open: 0, done: 0, withDeadline: 0, lights: [] });
 * ```
 */
export const DeadlinesSchema = z.object({
  overdue: z.array(TaskRefSchema),
  dueSoon: z.array(TaskRefSchema),
  open: z.number().int().nonnegative().describe("Tasks with a deadline that are not done"),
  done: z.number().int().nonnegative().describe("Tasks with a deadline that are done"),
  withDeadline: z.number().int().nonnegative(),
  lights: z.array(LightSchema),
});

/** Deadline risk (see {@link DeadlinesSchema}). */
export type Deadlines = z.infer<typeof DeadlinesSchema>;

/**
 * One task seen in two reports of one district: how its status moved and what figures are new.
 *
 * @example
 * ```ts
 * import { ChangeSchema } from "@minsheng/core";
 * ChangeSchema.shape.statusTo.parse("completed");
 * ```
 */
export const ChangeSchema = z.object({
  district: z.string(),
  from: TaskRefSchema,
  to: TaskRefSchema,
  fromDate: IsoDateSchema.nullable().describe("The date of the earlier report (period end, or issued)"),
  toDate: IsoDateSchema.nullable().describe("The date of the later report"),
  statusFrom: z.string().nullable(),
  statusTo: z.string().nullable(),
  newActuals: z.array(QuantitySchema),
});

/** A task seen in two reports (see {@link ChangeSchema}). */
export type Change = z.infer<typeof ChangeSchema>;

/**
 * An inconsistency inside the documents (declared counts, numbering, missing evidence, dates).
 *
 * @example
 * ```ts
 * import { FindingSchema } from "@minsheng/core";
 * FindingSchema.parse({ code: "category_count_mismatch", message: "…", refs: [] });
 * ```
 */
export const FindingSchema = z.object({
  code: z.enum([
    "category_count_mismatch",
    "numbering_gap",
    "numbering_duplicate",
    "completed_without_progress",
    "deadline_before_document",
  ]),
  message: z.string(),
  refs: z.array(TaskRefSchema),
});

/** An inconsistency inside the documents (see {@link FindingSchema}). */
export type Finding = z.infer<typeof FindingSchema>;

/**
 * Everything `@minsheng/metrics` computes over a corpus as of a date: the format `minsheng.metrics/v1`.
 *
 * @example
 * ```ts
 * import { MetricsSchema } from "@minsheng/core";
 * MetricsSchema.parse({ schema: "minsheng.metrics/v1", asOf: "2024-09-15", sections: [], coverage: [], units: [],
 *   concentration: [], collaboration: [], attainment: [],
 *   deadlines: { overdue: [], dueSoon: [], open: 0, done: 0, withDeadline: 0, lights: [] }, changes: [], findings: [] });
 * ```
 */
export const MetricsSchema = z
  .object({
    schema: z.literal(METRICS_SCHEMA_ID),
    asOf: IsoDateSchema,
    sections: z.array(SectionMetricsSchema),
    coverage: z.array(CoverageRowSchema),
    units: z.array(UnitLoadSchema),
    concentration: z.array(ConcentrationSchema).describe("Per district; collectives left out"),
    collaboration: z.array(CollaborationSchema),
    attainment: z.array(AttainmentSchema),
    deadlines: DeadlinesSchema,
    changes: z.array(ChangeSchema),
    findings: z.array(FindingSchema),
  })
  .describe("Metrics over a corpus of documents as of a date");

/** Everything computed over a corpus (see {@link MetricsSchema}). */
export type Metrics = z.infer<typeof MetricsSchema>;
