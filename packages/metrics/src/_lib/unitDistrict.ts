import { regionByKey } from "@minsheng/core";

const cache = new Map<string, string | null>();
const byId = new Map<string, string | null>();

/** The district named by a unit id's prefix (`110112:区城市管理委员会` → 通州区), or null. */
export function unitDistrict(id: string): string | null {
  const hit = byId.get(id);
  if (hit !== undefined) return hit;
  const name = lookup(id);
  if (byId.size >= 100_000) byId.clear();
  byId.set(id, name);
  return name;
}

function lookup(id: string): string | null {
  const colon = id.indexOf(":");
  if (colon <= 0) return null;
  const code = id.slice(0, colon);
  let name = cache.get(code);
  if (name === undefined) {
    name = regionByKey(code)?.name ?? null;
    cache.set(code, name);
  }
  return name;
}
