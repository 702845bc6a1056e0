import { CodeSet } from "../../_lib/codeSet";
import { readOpenDeadline } from "../deadline/readOpenDeadline";
import { readRoleMark, readRoleSuffix } from "./readRoleMark";
import { splitUnits } from "./splitUnits";

// Lists often close a task with its bodies and deadline in a bracket, without labels:
// 新增托位500个。（区卫健委，2024年12月底） · 开展适老化改造（区民政局牵头，区残联配合）.
// The bracket is read only when every part of it is a body list or a deadline, by the words
// bodies and dates are written with; anything else (（一期）, （含3个街道）, （12345热线）) is text.

/**
 * What a closing bracket of unlabelled bodies and deadline gives: the text before it, and the
 * cells it stands for (names joined by `、`, `""` when it names none).
 * @internal
 *
 * @example
 * ```ts
 * const b: AssignmentBracket = { head: "新增托位500个。", lead: "区卫健委", assist: "", deadline: "2024年12月底" };
 * ```
 */
export interface AssignmentBracket {
  /** The task's text before the bracket. */
  readonly head: string;
  /** The lead bodies, as a lead cell would name them. */
  readonly lead: string;
  /** The assisting bodies, as an assist cell would name them. */
  readonly assist: string;
  /** The deadline as written, or `""`. */
  readonly deadline: string;
}

/** How the name of a body ends: 区卫健委 · 区民政局 · 各街道 · 区政府办 · 区残联 · 区科协 · 各相关单位. @internal */
const BODY_END =
  /(?:委员会|[委局]|办公室|[办院]|中心|公司|集团|政府|街道|办事处|镇街|街镇|街乡|乡镇|[镇乡所馆会联协处部站]|分局|支队|大队|单位|部门)$/;
/** How it starts: a district or city body (团区委 too), or a collective (各街道); a street or town may stand alone. @internal */
const BODY_START = /^(?:北京市|[区市各]|团区委)/;
const STREET_OR_TOWN = /(?:街道|镇|乡|地区办事处)$/;
/** A deadline written with date words only: 2024年12月底 · 年底前 · 6月底前完成 · 2024年第三季度. @internal */
const DATE_PART =
  /^(?:力争|争取|于)?[\d\uff10-\uff19〇零一二三四五六七八九十两.．/\-－—–~～年月日号底末前内上中下旬季度半第至到]+(?:完成|前完成|实现|竣工)?$/;
const MAX_BRACKET = 80;
const MAX_NAME = 24;
// Asked by code: text.charAt of a CJK character makes a string, and this runs on every task's text.
const PART_SEPARATORS = new CodeSet("，,；;");
const OPENERS = new CodeSet("（(");
const CLOSERS = new CodeSet("）)");
const END_PUNCTUATION = new CodeSet("。．.；;，, \u3000");

/**
 * Reads a closing bracket that names a task's bodies and deadline without labels
 * (`（区卫健委，2024年12月底）`, `（区民政局牵头，区残联配合）`), or returns null when the text ends in
 * no bracket or in one holding anything else. A part naming bodies with `牵头`/`负责` after them is
 * lead, with `配合`/`协办` assist; unmarked bodies lead, or assist where another part leads. A
 * bracket with a label (`牵头单位：`) is left to the label reader. Never throws; linear time.
 *
 * @category Fields
 * @param text - A task's text, as cleaned.
 * @returns The text before the bracket and the cells the bracket stands for, or null.
 *
 * @example
 * ```ts
 * readAssignmentBracket("新增托位500个。（区卫健委，2024年12月底）");
 * //=> { head: "新增托位500个。", lead: "区卫健委", assist: "", deadline: "2024年12月底" }
 * readAssignmentBracket("开展适老化改造（区民政局牵头，区残联配合）");
 * //=> { head: "开展适老化改造", lead: "区民政局", assist: "区残联", deadline: "" }
 * readAssignmentBracket("建设口袋公园（一期）"); //=> null
 * ```
 */
export function readAssignmentBracket(text: string): AssignmentBracket | null {
  let end = text.length;
  while (end > 0 && END_PUNCTUATION.has(text.charCodeAt(end - 1))) end--;
  // Most task texts end in no bracket: nothing else is read of them.
  if (end === 0 || !CLOSERS.has(text.charCodeAt(end - 1))) return null;
  const open = openingOf(text, end - 1);
  if (open <= 0 || end - 1 - open > MAX_BRACKET) return null;
  const inner = text.slice(open + 1, end - 1);
  if (inner.includes("：") || inner.includes(":")) return null;
  const lead: string[] = [];
  const assist: string[] = [];
  const unmarked: string[] = [];
  let deadline = "";
  for (const raw of splitParts(inner)) {
    const part = raw.trim();
    if (!part) continue;
    if (DATE_PART.test(part) || (part.length <= 6 && readOpenDeadline(part) !== null)) {
      if (deadline) return null;
      deadline = part;
      continue;
    }
    // 区民政局牵头 · 区残联、各街道配合: the role word after the names is the role of them all
    const marked = readRoleSuffix(part);
    const names = splitUnits(marked.text);
    if (!names.length) return null;
    for (const written of names) {
      const { name, role } = readRoleMark(written);
      const bare = name.endsWith("等") ? name.slice(0, -1) : name;
      if (!isBodyName(bare)) return null;
      const r = role ?? marked.role;
      (r === "lead" ? lead : r === "assist" ? assist : unmarked).push(bare);
    }
  }
  if (!lead.length && !assist.length && !unmarked.length && !deadline) return null;
  // Unmarked bodies lead, unless another part is marked lead: then they assist it.
  const unmarkedTo = lead.length ? assist : lead;
  for (const n of unmarked) unmarkedTo.push(n);
  return {
    head: text.slice(0, open).trimEnd(),
    lead: lead.join("、"),
    assist: assist.join("、"),
    deadline,
  };
}

/** Whether a name reads as a body: 区卫健委, 市交通委, 各街道, 东华门街道, 区政府各委办局. */
function isBodyName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME || /\d/.test(name)) return false;
  return (BODY_START.test(name) && BODY_END.test(name)) || STREET_OR_TOWN.test(name);
}

/** The index of the bracket opening the one that closes at `close`, or -1 (nested ones skipped). */
function openingOf(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0 && close - i <= MAX_BRACKET + 1; i--) {
    const c = text.charCodeAt(i);
    if (CLOSERS.has(c)) depth++;
    else if (OPENERS.has(c) && --depth === 0) return i;
  }
  return -1;
}

/** The parts of a bracket's content, split on ，,；; outside nested brackets. */
function splitParts(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (OPENERS.has(c)) depth++;
    else if (CLOSERS.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && PART_SEPARATORS.has(c)) {
      parts.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(inner.slice(from));
  return parts;
}
