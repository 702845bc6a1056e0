import { toHalfWidth } from "../../_lib/text/toHalfWidth";

/** How the points are numbered: `1.` / `1．`, `1、`, or `(1)` / `（1）`. @internal */
type PointStyle = "." | "、" | "(";

/** Characters that, right before a number, make it part of a figure or a name (58.47, PM2.5). @internal */
const GLUED_BEFORE = /[0-9A-Za-z.%]/;
/** After `2.`, a four-digit year still opens a point (`2.2024年度“清管行动”…`). @internal */
const YEAR_AHEAD = /^\d{4}年/;

/**
 * Splits a narrative into its numbered sub-points: `1.aaa。 2.bbb。 3.ccc` → `["aaa。", "bbb。",
 * "ccc"]`. Numbers must run 1, 2, 3…, in one style (`1.`/`1．`, `1、`, `(1)`/`（1）`); the
 * numbering stops at the first number that does not follow. A number glued to a digit, letter,
 * dot or % (`58.47`, `PM2.5`) is not a marker, nor is one followed by a digit (`3.54公里`, `2、3号楼`),
 * except a four-digit year (`2.2024年度…` is point 2). Text before point 1 is not a point.
 * Returns [] when there are fewer than 2 points. Never throws; linear time.
 *
 * @category Fields
 * @param text - A progress narrative (or any cell).
 * @returns The points, trimmed, without their markers; [] when the text is not numbered.
 *
 * @example
 * ```ts
 * splitPoints("1.aaa。 2.bbb。 3.ccc");
 * //=> ["aaa。", "bbb。", "ccc"]
 * splitPoints("1.完成燃气老旧管线改造3.54公里。2.2024年度“清管行动”全面完成");
 * //=> ["完成燃气老旧管线改造3.54公里。", "2024年度“清管行动”全面完成"]
 * splitPoints("已开通57条通学公交路线。");
 * //=> []
 * ```
 */
export function splitPoints(text: string): string[] {
  // Most narratives number nothing: they are told apart without folding them whole.
  if (!mayHoldPointOne(text)) return [];
  const s = toHalfWidth(text);
  let first: { at: number; style: PointStyle; end: number } | null = null;
  for (const style of [".", "、", "("] as const) {
    const found = findMarker(s, 1, style, 0);
    if (found && (first === null || found.at < first.at)) first = { ...found, style };
  }
  if (first === null) return [];
  const points: string[] = [];
  let start = first.end;
  for (let n = 2; ; n++) {
    const next = findMarker(s, n, first.style, start);
    if (next === null) break;
    points.push(text.slice(start, next.at).trim());
    start = next.end;
  }
  points.push(text.slice(start).trim());
  return points.length >= 2 ? points : [];
}

/** The first valid marker of number `n` at or after `from`: where it starts and where its text starts. @internal */
function findMarker(
  s: string,
  n: number,
  style: PointStyle,
  from: number,
): { at: number; end: number } | null {
  const token = style === "(" ? `(${n})` : `${n}${style}`;
  for (let at = s.indexOf(token, from); at >= 0; at = s.indexOf(token, at + 1)) {
    const end = at + token.length;
    if (style !== "(") {
      const before = s[at - 1];
      if (before !== undefined && GLUED_BEFORE.test(before)) continue;
      const after = s.charCodeAt(end);
      if (after >= 0x30 && after <= 0x39 && !YEAR_AHEAD.test(s.slice(end, end + 5))) continue;
    }
    return { at, end };
  }
  return null;
}

/**
 * Whether point 1 can be marked somewhere: a `1` (or `１`) right before `.` `．` `、` `)` or `）`.
 * Without one, no style finds its first marker. @internal
 */
function mayHoldPointOne(text: string): boolean {
  for (const one of ["1", "１"]) {
    for (let at = text.indexOf(one); at >= 0; at = text.indexOf(one, at + 1)) {
      const next = text.charCodeAt(at + 1);
      // . ．、 ) ）
      if (next === 0x2e || next === 0xff0e || next === 0x3001 || next === 0x29 || next === 0xff09)
        return true;
    }
  }
  return false;
}
