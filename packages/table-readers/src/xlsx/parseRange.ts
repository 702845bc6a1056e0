/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** `A` → 1, `Z` → 26, `AA` → 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/**
 * Reads an A1-style range (`B2:D3`, `$A$1:$C$1`) into 1-based bounds.
 *
 * @returns the bounds, or null when the text is not a two-corner range
 * @example
 * ```ts
 * parseRange("B2:D3"); //=> { left: 2, top: 2, right: 4, bottom: 3 }
 * ```
 */
export function parseRange(range: string): CellRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7}):\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(range);
  if (!m?.[1] || !m[2] || !m[3] || !m[4]) return null;
  return { left: columnNumber(m[1]), top: Number(m[2]), right: columnNumber(m[3]), bottom: Number(m[4]) };
}
