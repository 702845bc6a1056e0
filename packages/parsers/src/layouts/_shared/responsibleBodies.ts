import type { ColumnRole } from "./columnRoles";
import type { TaskRecord } from "./types";

// 责任单位 names the bodies a task is given to, and leads when it stands alone. Beside a 牵头单位
// (or 主责单位) it names those that carry the work under the lead: they assist it.

/** 责任单位 · 责任部门 · 实施单位 · 承办单位 (not 主要责任单位, which leads). @internal */
const RESPONSIBLE = /^(?:责任|实施|承办)(?:单位|部门|主体)$/;
/** 牵头单位 · 主责单位 · 主办单位 · 主要责任单位 · 牵头部门. @internal */
const LEADING = /牵头|主责|主办|主要责任/;

/**
 * Whether a column or label names the responsible bodies (`责任单位`), which lead unless a
 * `牵头单位` stands beside them.
 * @internal
 *
 * @example
 * ```ts
 * [isResponsibleName("责任单位"), isResponsibleName("主要责任单位"), isResponsibleName("牵头单位")];
 * //=> [true, false, false]
 * ```
 */
export function isResponsibleName(name: string): boolean {
  return RESPONSIBLE.test(name.replace(/\s+/g, ""));
}

/**
 * The roles of a header with its `责任单位` columns assisting where a `牵头单位` (or `主责单位`) column
 * leads; `roles` itself when there is nothing to change.
 * @internal
 *
 * @example
 * ```ts
 * responsibleBesideLead(["text", "lead", "lead"], ["项目名称", "牵头单位", "责任单位"]);
 * //=> ["text", "lead", "assist"]
 * responsibleBesideLead(["text", "lead"], ["项目名称", "责任单位"]);
 * //=> ["text", "lead"]
 * ```
 */
export function responsibleBesideLead(
  roles: (ColumnRole | null)[],
  names: readonly string[],
): (ColumnRole | null)[] {
  let leading = false;
  let responsible = false;
  for (let i = 0; i < roles.length; i++) {
    if (roles[i] !== "lead") continue;
    const name = names[i] ?? "";
    if (isResponsibleName(name)) responsible = true;
    else if (LEADING.test(name)) leading = true;
  }
  if (!leading || !responsible) return roles;
  return roles.map((r, i) => (r === "lead" && isResponsibleName(names[i] ?? "") ? "assist" : r));
}

/**
 * Gives a record the bodies its `责任单位` label named, kept apart while it was read: they assist
 * where a lead label named bodies too, and lead otherwise.
 * @internal
 *
 * @example
 * ```ts
 * const rec = { seq: 1, cells: { text: "新增托位", lead: "区卫健委" }, responsible: "各街道", category: null, startLine: 1, endLine: 3 };
 * settleResponsible(rec);
 * rec.cells; //=> { text: "新增托位", lead: "区卫健委", assist: "各街道" }
 * ```
 */
export function settleResponsible(rec: TaskRecord): void {
  const bodies = rec.responsible;
  if (bodies === undefined) return;
  delete rec.responsible;
  if (!rec.cells.lead) rec.cells.lead = bodies;
  else rec.cells.assist = rec.cells.assist ? `${rec.cells.assist}\n${bodies}` : bodies;
}
