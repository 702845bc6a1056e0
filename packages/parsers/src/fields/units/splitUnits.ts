import { collapseSpaces } from "../../_lib/lines";
import { trimChars, trimCharsEnd } from "../../_lib/trimChars";

// Separators between bodies in a cell: spaces, 、，,；; and line breaks. A separator inside
// brackets belongs to the body (区城市管理委（区城市管理指挥中心）, 区政府各委、办、局).
// By character code: a Set of one-character strings would make a string of every CJK character.
const OPEN = codes("（(〔【《");
const CLOSE = codes("）)〕】》");
const SEPARATORS = codes(" 、，,；;\n\t/");

function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

function splitOutsideBrackets(cell: string, separators: ReadonlySet<number>): string[] {
  const out: string[] = [];
  const push = (part: string) => {
    const t = part.trim();
    if (t) out.push(t);
  };
  let depth = 0;
  let start = 0;
  // By UTF-16 unit: every bracket and separator is in the BMP, so a cut never splits a surrogate pair.
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c) && depth > 0) depth--;
    if (depth === 0 && separators.has(c)) {
      push(cell.slice(start, i));
      start = i + 1;
    }
  }
  push(cell.slice(start));
  return out;
}

/** Line breaks separate bodies as 、 does (most cells have none, and are kept as they are). */
function lineBreaksToCommas(cell: string): string {
  if (!cell.includes("\n") && !cell.includes("\r")) return cell;
  return cell.replace(/\r\n|\r/g, "\n").replace(/\n/g, "、");
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
  const text = trimCharsEnd(collapseSpaces(lineBreaksToCommas(cell)), "。．.;；:：");
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
  return splitOutsideBrackets(
    collapseSpaces(cell.includes("\n") ? cell.replace(/\n/g, "、") : cell),
    SEPARATORS,
  )
    .map((n) => trimCharsEnd(n, "。;；"))
    .filter((n) => n.length > 0 && !/^[无\-—]+$/.test(n));
}
