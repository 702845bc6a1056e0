import { collapseSpaces } from "../../_lib/lines";
import { trimChars, trimCharsEnd } from "../../_lib/trimChars";

// Separators between bodies in a cell: spaces, 、，,；; and line breaks. A separator inside
// brackets belongs to the body (区城市管理委（区城市管理指挥中心）, 区政府各委、办、局).
const OPEN = new Set([..."（(〔【《"]);
const CLOSE = new Set([..."）)〕】》"]);
const SEPARATORS = new Set([..." 、，,；;\n\t/"]);

function splitOutsideBrackets(cell: string, separators: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of cell) {
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch) && depth > 0) depth--;
    if (depth === 0 && separators.has(ch)) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

// Collective names that are one entry even though they contain 、 (区政府各委、办、局 / 各乡、镇).
const COLLECTIVE_WITH_COMMAS = /^(?:各|相关)?[^、]{0,8}(?:各委、办、局|各乡、镇(?:人民政府)?|委、办、局)/;

/**
 * Splits a cell naming bodies into one name per body: on spaces, 、，,；; and line breaks,
 * keeping bracketed parts with their body and trimming end punctuation.
 *
 * @param cell - the cell text, e.g. `区城管委 东城交通支队 区教委`
 * @returns the names as written
 * @internal
 */
export function splitUnits(cell: string): string[] {
  const text = trimCharsEnd(
    collapseSpaces(cell.replace(/\r\n|\r/g, "\n").replace(/\n/g, "、")),
    "。．.;；:：",
  );
  if (!text || /^[无\-—/／、]+$/.test(text)) return [];
  if (COLLECTIVE_WITH_COMMAS.test(text) && !/[ ，,；;]/.test(text)) return [text];
  return splitOutsideBrackets(text, SEPARATORS)
    .map((n) => trimChars(n, "、，,；;:：。"))
    .filter((n) => n.length > 0);
}

/**
 * Splits a leaders cell (牵头领导 / 责任领导) into persons, on 、，, spaces and line breaks.
 *
 * @param cell - e.g. `倪德才、王翔宇`
 * @returns the names
 * @internal
 */
export function splitLeaders(cell: string): string[] {
  return splitOutsideBrackets(collapseSpaces(cell.replace(/\n/g, "、")), SEPARATORS)
    .map((n) => trimCharsEnd(n, "。;；"))
    .filter((n) => n.length > 0 && !/^[无\-—]+$/.test(n));
}
