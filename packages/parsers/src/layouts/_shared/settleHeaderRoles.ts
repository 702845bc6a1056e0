import type { ColumnRole } from "./columnRoles";
import { keepLatestPeriodColumn } from "./periodColumns";
import { responsibleBesideLead } from "./responsibleBodies";

/**
 * The roles of a table header once its columns are read side by side: only the latest of several
 * per-period progress columns is the progress (see keepLatestPeriodColumn), and 责任单位 beside
 * 牵头单位 assists (see responsibleBesideLead). Each column's role alone comes from columnRole.
 * @internal
 *
 * @example
 * ```ts
 * settleHeaderRoles(["text", "lead", "lead", "progress", "progress"], ["项目", "牵头单位", "责任单位", "一季度进展", "二季度进展"]);
 * //=> ["text", "lead", "assist", null, "progress"]
 * ```
 */
export function settleHeaderRoles(
  roles: (ColumnRole | null)[],
  names: readonly string[],
): (ColumnRole | null)[] {
  return responsibleBesideLead(keepLatestPeriodColumn(roles, names), names);
}
