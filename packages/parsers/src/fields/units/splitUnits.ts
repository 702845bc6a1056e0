import { fitted } from "../../_lib/fitted";
import { collapseSpaces } from "../../_lib/lines";

// Separators between bodies in a cell: spaces, 、，,；; and line breaks. A separator inside
// brackets belongs to the body (区城市管理委（区城市管理指挥中心）, 区政府各委、办、局).
// One table by character code says what each character is to this reader, read once per
// character: a Set of one-character strings would make a string of every CJK character, and
// comparing with each character of a set costs a loop per character.
const OPEN = 1;
const CLOSE = 2;
const SEPARATOR = 3;
const KIND = 3;
/** Trimmed from the end of a units cell. */
const CELL_END = 1 << 2;
/** Trimmed from both ends of a body's name. */
const NAME_END = 1 << 3;
/** A units cell of only these says “no body”. */
const NO_BODY = 1 << 4;
/** Trimmed from the end of a leader's name. */
const LEADER_END = 1 << 5;
/** A leader “name” of only these says “no leader”. */
const NO_LEADER = 1 << 6;
const CLASS = new Uint8Array(0x10000);
mark("（(〔【《", OPEN);
mark("）)〕】》", CLOSE);
mark(" 、，,；;\n\t/", SEPARATOR);
mark("。．.;；:：", CELL_END);
mark("、，,；;:：。", NAME_END);
mark("无-—/／、", NO_BODY);
mark("。;；", LEADER_END);
mark("无-—", NO_LEADER);

function mark(chars: string, bits: number): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    CLASS[c] = (CLASS[c] as number) | bits;
  }
}

function is(code: number, bits: number): boolean {
  return ((CLASS[code] as number) & bits) !== 0;
}

/** The cell's parts between separators outside brackets, trimmed, empty ones left out. */
function splitOutsideBrackets(cell: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  // By UTF-16 unit: every bracket and separator is in the BMP, so a cut never splits a surrogate pair.
  for (let i = 0; i < cell.length; i++) {
    const kind = (CLASS[cell.charCodeAt(i)] as number) & KIND;
    if (kind === OPEN) depth++;
    else if (kind === CLOSE) depth -= depth > 0 ? 1 : 0;
    else if (kind === SEPARATOR && depth === 0) {
      pushTrimmed(out, cell.slice(start, i));
      start = i + 1;
    }
  }
  pushTrimmed(out, cell.slice(start));
  return out;
}

function pushTrimmed(out: string[], part: string): void {
  const t = part.trim();
  if (t) out.push(t);
}

/** Whether a non-empty string holds only characters of a class (as `/^[…]+$/` would say). */
function onlyOf(s: string, bits: number): boolean {
  for (let i = 0; i < s.length; i++) if (!is(s.charCodeAt(i), bits)) return false;
  return s.length > 0;
}

/** The string without the characters of a class at its end (and at its start if asked). */
function trimOf(s: string, bits: number, start: boolean): string {
  let a = 0;
  let b = s.length;
  while (start && a < b && is(s.charCodeAt(a), bits)) a++;
  while (b > a && is(s.charCodeAt(b - 1), bits)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Keeps the first `n` names (most lists keep all: no resize then). */
function keepFirst(names: string[], n: number): string[] {
  if (n < names.length) names.length = n;
  return fitted(names);
}

/** Line breaks separate bodies as 、 does (most cells have none, and are kept as they are). */
function lineBreaksToCommas(cell: string): string {
  if (!cell.includes("\n") && !cell.includes("\r")) return cell;
  return cell.replace(/\r\n|\r/g, "\n").replace(/\n/g, "、");
}

// Collective names that are one entry even though they contain 、 (区政府各委、办、局 / 各乡、镇).
const COLLECTIVE_WITH_COMMAS = /^(?:各|相关)?[^、]{0,8}(?:各委、办、局|各乡、镇(?:人民政府)?|委、办、局)/;

function isCollectiveWithCommas(text: string): boolean {
  // Every such name holds a 、: most cells are spared the pattern.
  return text.includes("、") && COLLECTIVE_WITH_COMMAS.test(text) && !/[ ，,；;]/.test(text);
}

/**
 * Splits a cell naming bodies into one name per body: on spaces, 、，,；; and line breaks,
 * keeping bracketed parts with their body and trimming end punctuation.
 *
 * @param cell - the cell text, e.g. `区城管委 东城交通支队 区教委`
 * @returns the names as written
 * @internal
 * @example
 * ```ts
 * import { splitUnits } from "./splitUnits";
 * splitUnits("区城管委 东城交通支队、区城市管理委（区城市管理指挥中心）。");
 * //=> ["区城管委", "东城交通支队", "区城市管理委（区城市管理指挥中心）"]
 * splitUnits("区政府各委、办、局"); //=> ["区政府各委、办、局"]
 * ```
 */
export function splitUnits(cell: string): string[] {
  const text = trimOf(collapseSpaces(lineBreaksToCommas(cell)), CELL_END, false);
  if (!text || onlyOf(text, NO_BODY)) return [];
  if (isCollectiveWithCommas(text)) return [text];
  const names = splitOutsideBrackets(text);
  let kept = 0;
  for (const name of names) {
    const t = trimOf(name, NAME_END, true);
    if (t.length === 0) continue;
    // No body is named by one character: 区 卫健委 is a name a PDF's layout broke apart.
    const prev = kept > 0 ? (names[kept - 1] as string) : "";
    if (prev.length === 1) names[kept - 1] = prev + t;
    else names[kept++] = t;
  }
  return keepFirst(names, kept);
}

/**
 * Splits a leaders cell (牵头领导 / 责任领导) into persons, on 、，, spaces and line breaks.
 *
 * @param cell - e.g. `倪德才、王翔宇`
 * @returns the names
 * @internal
 * @example
 * ```ts
 * import { splitLeaders } from "./splitUnits";
 * splitLeaders("倪德才、王翔宇。"); //=> ["倪德才", "王翔宇"]
 * splitLeaders("无"); //=> []
 * ```
 */
export function splitLeaders(cell: string): string[] {
  // Most records have no leaders cell at all.
  if (!cell) return [];
  const names = splitOutsideBrackets(collapseSpaces(cell.includes("\n") ? cell.replace(/\n/g, "、") : cell));
  let kept = 0;
  for (const name of names) {
    const t = trimOf(name, LEADER_END, false);
    if (t.length > 0 && !onlyOf(t, NO_LEADER)) names[kept++] = t;
  }
  return keepFirst(names, kept);
}
