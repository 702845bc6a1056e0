// Calendar arithmetic on `YYYY-MM-DD` strings in UTC: no Date in local time, no clock.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

// Corpora repeat a few dates (2024-12-31) over and over: parse each distinct string once.
const cache = new Map<string, number | null>();

/** Days since 1970-01-01 of an ISO date; `null` when the string is not a real calendar date. */
export function dayNumber(iso: string): number | null {
  const hit = cache.get(iso);
  if (hit !== undefined) return hit;
  const day = parseDay(iso);
  if (cache.size >= 100_000) cache.clear();
  cache.set(iso, day);
  return day;
}

function parseDay(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Checks `asOf` once at the public boundary; metrics never read the clock. */
export function requireIsoDate(asOf: string): number {
  const day = dayNumber(asOf);
  if (day === null)
    throw new RangeError(`asOf must be a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  return day;
}
