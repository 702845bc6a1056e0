import type { UnitRef } from "@minsheng/core";

/** A collective (各街道办事处, 各相关单位): `kind` says so, or its id ends in `:collective`. */
export function isCollective(unit: Pick<UnitRef, "id" | "kind">): boolean {
  return unit.kind === "collective" || unit.id.endsWith(":collective");
}
