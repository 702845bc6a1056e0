import type { UnitRef } from "@minsheng/core";

/** A body's role written after its name in brackets: 区卫健委（牵头） · 各街道（配合）. */
const ROLE_MARK =
  /[（(【[](牵头单位|牵头|主责单位|主责|主办|配合单位|配合|协办单位|协办|协助|参与)[）)】\]]$/;
const LEAD_WORDS = new Set(["牵头单位", "牵头", "主责单位", "主责", "主办"]);
const CLOSING = "）)】]";

/**
 * A body's name with the role written after it taken off: `区卫健委（牵头）` is `区卫健委`, lead;
 * `各街道（配合）` is `各街道`, assist. A name with no such mark keeps `role: null`, and a bracket
 * that names no role stays part of the name (`区城管委（环卫中心）`).
 * @internal
 *
 * @example
 * ```ts
 * readRoleMark("区卫健委（牵头）"); //=> { name: "区卫健委", role: "lead" }
 * readRoleMark("各街道(配合)"); //=> { name: "各街道", role: "assist" }
 * readRoleMark("区城管委（环卫中心）"); //=> { name: "区城管委（环卫中心）", role: null }
 * ```
 */
export function readRoleMark(name: string): { readonly name: string; readonly role: UnitRef["role"] | null } {
  // Most names end in no bracket: the pattern is asked only of those that do.
  if (!CLOSING.includes(name.charAt(name.length - 1))) return { name, role: null };
  const m = ROLE_MARK.exec(name);
  if (!m || m.index === 0) return { name, role: null };
  return { name: name.slice(0, m.index).trim(), role: LEAD_WORDS.has(m[1] ?? "") ? "lead" : "assist" };
}

/**
 * Whether some name ends with a closing bracket, as a name with a role written after it does: a
 * cell without one needs no {@link rolesOfCell}.
 * @internal
 *
 * @example
 * ```ts
 * mayCarryRoleMarks(["区教委", "区卫健委（牵头）"]); //=> true
 * mayCarryRoleMarks(["区教委", "区财政局"]); //=> false
 * ```
 */
export function mayCarryRoleMarks(names: readonly string[]): boolean {
  for (const name of names) if (CLOSING.includes(name.charAt(name.length - 1))) return true;
  return false;
}

/**
 * The roles of the bodies a cell names, by the marks written after them: a marked body takes its
 * mark; in a cell where some body is marked 牵头 the unmarked ones assist it (`区卫健委（牵头）、区教委`:
 * 区教委 assists); otherwise a body takes the role of its column.
 * @internal
 *
 * @example
 * ```ts
 * rolesOfCell(["区卫健委（牵头）", "区教委", "各镇街（配合）"], "lead");
 * //=> [{ name: "区卫健委", role: "lead" }, { name: "区教委", role: "assist" }, { name: "各镇街", role: "assist" }]
 * rolesOfCell(["区教委", "区财政局"], "lead");
 * //=> [{ name: "区教委", role: "lead" }, { name: "区财政局", role: "lead" }]
 * ```
 */
export function rolesOfCell(
  names: readonly string[],
  cellRole: UnitRef["role"],
): { readonly name: string; readonly role: UnitRef["role"] }[] {
  const marked = names.map(readRoleMark);
  const leadMarked = marked.some((m) => m.role === "lead");
  return marked.map((m) => ({ name: m.name, role: m.role ?? (leadMarked ? "assist" : cellRole) }));
}
