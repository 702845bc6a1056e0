import type { UnitRef } from "@minsheng/core";

/**
 * The words that give a body's role after its name, in brackets (区卫健委（牵头）) or not
 * (区民政局牵头): one vocabulary for both, longest first so that 牵头单位 is read before 牵头.
 */
const ROLE_WORDS: readonly (readonly [string, UnitRef["role"]])[] = [
  ["牵头单位", "lead"],
  ["牵头负责", "lead"],
  ["主责单位", "lead"],
  ["配合单位", "assist"],
  ["协办单位", "assist"],
  ["牵头", "lead"],
  ["负责", "lead"],
  ["主责", "lead"],
  ["主办", "lead"],
  ["配合", "assist"],
  ["协办", "assist"],
  ["协助", "assist"],
  ["参与", "assist"],
];
const ROLE_OF_WORD: ReadonlyMap<string, UnitRef["role"]> = new Map(ROLE_WORDS);
const OPENING = "（(【[";
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
  // Most names end in no bracket: nothing else is asked of those.
  if (!CLOSING.includes(name.charAt(name.length - 1))) return { name, role: null };
  let open = -1;
  for (const c of OPENING) open = Math.max(open, name.lastIndexOf(c));
  const role = open > 0 ? ROLE_OF_WORD.get(name.slice(open + 1, -1)) : undefined;
  if (role === undefined) return { name, role: null };
  return { name: name.slice(0, open).trim(), role };
}

/**
 * Text with the role word written after it taken off (`区民政局牵头` is `区民政局`, lead; `区残联、各街道配合`
 * is `区残联、各街道`, assist), or the text itself with `role: null` when it ends in no such word or is
 * nothing but the word.
 * @internal
 *
 * @example
 * ```ts
 * readRoleSuffix("区民政局牵头"); //=> { text: "区民政局", role: "lead" }
 * readRoleSuffix("区残联、各街道配合"); //=> { text: "区残联、各街道", role: "assist" }
 * readRoleSuffix("区教委"); //=> { text: "区教委", role: null }
 * ```
 */
export function readRoleSuffix(text: string): {
  readonly text: string;
  readonly role: UnitRef["role"] | null;
} {
  for (const [word, role] of ROLE_WORDS)
    if (text.length > word.length && text.endsWith(word)) return { text: text.slice(0, -word.length), role };
  return { text, role: null };
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
