// Tiny builders for hand-made tasks in tests: name only what a test is about, get a valid Task.
import type {
  CityItemRef,
  Comparator,
  Deadline,
  Pace,
  Progress,
  Quantity,
  Status,
  Task,
  UnitKind,
  UnitRef,
} from "@minsheng/core";

/** Options of {@link buildQuantity}. */
export interface QuantityInit {
  readonly comparator?: Comparator;
  readonly subject?: string | null;
  readonly text?: string;
}

/**
 * A quantity: `buildQuantity(3000, "个", { subject: "学位" })`.
 *
 * @example
 * ```ts
 * buildQuantity(1, "万个").text; //=> "1万个"
 * ```
 */
export function buildQuantity(value: number, unit: string, init: QuantityInit = {}): Quantity {
  return {
    value,
    unit,
    comparator: init.comparator ?? "=",
    text: init.text ?? `${value}${unit}`,
    subject: init.subject ?? null,
  };
}

/** A unit as a test names it: a bare name (id and kind derived) or the fields to set. */
export type UnitInit = string | { readonly name: string; readonly id?: string; readonly kind?: UnitKind };

/** What {@link buildTask} accepts: every field optional but `seq`, plus shortcuts for the common ones. */
export interface TaskInit {
  readonly seq: number;
  readonly text?: string;
  readonly category?: string | null;
  /** A city item: its key (programme livelihood, the year 2024, the number = seq), or the whole ref. */
  readonly cityItem?: string | CityItemRef | null;
  /** District code the unit ids are made with (default 110101). */
  readonly district?: string;
  readonly lead?: readonly UnitInit[];
  readonly assist?: readonly UnitInit[];
  readonly leaders?: readonly string[];
  /** `YYYY-MM-DD` (precision day) or a whole deadline. */
  readonly deadline?: string | Deadline | null;
  readonly targets?: readonly Quantity[];
  /** Shortcuts that build `progress`; when none is given (and no `progress`), progress is null. */
  readonly status?: Status | null;
  readonly pace?: Pace | null;
  readonly progressText?: string;
  readonly actuals?: readonly Quantity[];
  readonly progress?: Progress | null;
  readonly line?: number;
}

const COLLECTIVE = /^(?:各|相关|有关)|各(?:相关)?(?:单位|委办局|区属机构)$/;

function buildUnit(role: UnitRef["role"], init: UnitInit, district: string): UnitRef {
  const u = typeof init === "string" ? { name: init } : init;
  const kind: UnitKind = u.kind ?? (COLLECTIVE.test(u.name) ? "collective" : "district-body");
  const id = u.id ?? (kind === "collective" ? `${district}:${u.name}:collective` : `${district}:${u.name}`);
  return { role, name: u.name, id, kind };
}

/**
 * A valid task with only the fields a test cares about.
 *
 * @example
 * ```ts
 * buildTask({ seq: 2, deadline: "2024-08-31", status: "completed" }).progress?.status; //=> "completed"
 * ```
 */
export function buildTask(init: TaskInit): Task {
  const district = init.district ?? "110101";
  const hasProgress =
    init.status !== undefined ||
    init.pace !== undefined ||
    init.progressText !== undefined ||
    init.actuals !== undefined;
  const progress: Progress | null =
    init.progress !== undefined
      ? init.progress
      : hasProgress
        ? {
            status: init.status ?? null,
            statusText:
              init.status === "completed"
                ? "已完成"
                : init.status === "in-progress"
                  ? "推进中"
                  : init.status === "not-started"
                    ? "未启动"
                    : null,
            pace: init.pace ?? null,
            text: init.progressText ?? "",
            points: [],
            actuals: [...(init.actuals ?? [])],
          }
        : null;
  const cityItem: CityItemRef | null =
    init.cityItem == null
      ? null
      : typeof init.cityItem === "string"
        ? {
            programme: "livelihood",
            year: 2024,
            number: Math.max(1, init.seq),
            key: init.cityItem,
            text: null,
            similarity: null,
          }
        : init.cityItem;
  const deadline: Deadline | null =
    init.deadline == null
      ? null
      : typeof init.deadline === "string"
        ? { date: init.deadline, precision: "day", text: init.deadline, hedged: false }
        : init.deadline;
  const line = init.line ?? init.seq + 1;
  return {
    seq: init.seq,
    text: init.text ?? `任务 ${init.seq}`,
    category: init.category ?? null,
    cityItem,
    units: [
      ...(init.lead ?? []).map((u) => buildUnit("lead", u, district)),
      ...(init.assist ?? []).map((u) => buildUnit("assist", u, district)),
    ],
    leaders: [...(init.leaders ?? [])],
    deadline,
    targets: [...(init.targets ?? [])],
    progress,
    span: { startLine: line, endLine: line },
  };
}
