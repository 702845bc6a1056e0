import { readPeriod } from "../../fields/period/readPeriod";
import type { ColumnRole } from "./columnRoles";

// A report may keep a progress column per period (一季度进展 | 二季度进展): each holds the work as of
// its period, so joined they would count the same work twice. The latest column is the task's
// progress; the earlier ones are read into no field, and said so like any unread column.

/** Periods in the order they end: each later one covers the earlier ones. @internal */
const SPAN_ORDER = ["Q1", "H1", "Q1-Q3", "annual"] as const;

/** The rank of the period a progress column's name states (一季度进展 → 0), or -1. */
function rankOf(role: ColumnRole | null, name: string | undefined): number {
  if (role !== "progress" || !name) return -1;
  const p = readPeriod(name);
  return p === null ? -1 : SPAN_ORDER.indexOf(p.span);
}

/**
 * The roles of a header with only the latest of several progress columns that name periods kept as
 * progress (`一季度进展 | 二季度进展`: the second); the earlier ones get no role. Returns `roles`
 * itself when there is nothing to change (one such column, or none).
 * @internal
 *
 * @example
 * ```ts
 * keepLatestPeriodColumn(["seq", "text", "progress", "progress"], ["序号", "项目名称", "一季度进展", "二季度进展"]);
 * //=> ["seq", "text", null, "progress"]
 * ```
 */
export function keepLatestPeriodColumn(
  roles: (ColumnRole | null)[],
  names: readonly string[],
): (ColumnRole | null)[] {
  const ranks = roles.map((role, i) => rankOf(role, names[i]));
  const dated = ranks.filter((r) => r >= 0);
  if (dated.length < 2) return roles;
  const latest = dated.reduce((a, b) => Math.max(a, b));
  return roles.map((role, i) => {
    const r = ranks[i] ?? -1;
    return r >= 0 && r < latest ? null : role;
  });
}

/**
 * The name of the first progress column that states a period (`二季度进展`), or null: the period of
 * a table whose title states none.
 * @internal
 *
 * @example
 * ```ts
 * periodColumnOf(["text", null, "progress"], ["项目名称", "一季度进展", "二季度进展"]); //=> "二季度进展"
 * periodColumnOf(["text", "progress"], ["项目名称", "进展情况"]); //=> null
 * ```
 */
export function periodColumnOf(
  roles: readonly (ColumnRole | null)[],
  names: readonly string[],
): string | null {
  for (let i = 0; i < roles.length; i++) if (rankOf(roles[i] ?? null, names[i]) >= 0) return names[i] ?? null;
  return null;
}
