import { toHalfWidth } from "../../_lib/text/toHalfWidth";
import { trimCharsEnd } from "../../_lib/trimChars";
import { isWhitespaceCode } from "../../_lib/text/isWhitespaceCode";

/** What a table column or a labelled line holds. @internal */
export type ColumnRole =
  | "seq"
  | "source"
  | "text"
  | "lead"
  | "assist"
  | "leaders"
  | "deadline"
  | "status"
  | "progress"
  | "notes"
  | "category";

// Ordered: the first pattern that matches wins, so 任务进度 (status) is tested before 任务 (text)
// and 完成情况 (progress) before 完成时限 (deadline) cannot be confused. Words from the seeds and
// from other districts' reports (主要责任单位, 配合单位, 完成时间, 工作进展…).
const ROLE_WORDS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ["seq", /^(?:序号|编号|序|No\.?)$/i],
  ["leaders", /(?:牵头|责任|分管|主管|包联|联系)区?领导/],
  ["assist", /(?:协办|配合|协助|参与|协同)(?:单位|部门)/],
  ["lead", /(?:主责|责任|牵头|主办|主要责任|承办|实施)(?:单位|部门|主体)|^(?:责任人|主体)$/],
  ["deadline", /(?:完成|办结)(?:时限|期限|时间|时点|节点)|^时限$|^(?:截止|计划完成)(?:时间|日期)$/],
  [
    "status",
    /任务进度|完成状态|进度状态|完成比例|完成进度|完成百分比|^(?:进度|状态|是否完成|是否按期完成|是否按时完成|完成与否|完成率)$/,
  ],
  [
    "progress",
    /进展情况|完成情况|工作进展|推进情况|落实情况|(?:季度|半年|年度|全年|月份?)进展|^进展$|^(?:目前进展|进度情况|工作推进情况)$/,
  ],
  ["source", /任务来源|^来源$|^(?:市实事|对应市实事|市级任务|对应任务)(?:项目|序号|编号)?$/],
  ["category", /^(?:类别|分类|领域|类型)$/],
  ["notes", /^(?:备注|说明)$/],
  [
    "text",
    /项目内容|任务内容|督查事项|工作任务|实事项目|项目名称|任务名称|重点任务|具体任务|主要任务|^(?:内容|任务|项目|事项|工作内容|具体内容|目标任务)$/,
  ],
];

/** The longest header read: a longer cell is text, not a column name. */
const MAX_HEADER = 16;

/**
 * Roles of the short cells seen last: the same header words (序号, 主责单位, 完成时限) and the same
 * short cells (区教委, 已完成) come back on every row and page. Bounded in entries, and only cells of
 * up to 12 characters are kept: those are copies, while a longer cell may be a slice that would keep
 * a whole document alive after its parse.
 */
const seen = new Map<string, ColumnRole | null>();
const SEEN_MAX = 1024;
const SEEN_KEY_MAX = 12;

/**
 * The role a header cell names, or null when it names none. Whitespace and width do not matter
 * (`主 责 单 位`, `１２` folds to `12`); a cell of more than 16 other characters names none.
 * `remember: false` reads the cells remembered but adds none: for words asked of every line, which
 * would push the header words out.
 * @internal
 *
 * @example
 * ```ts
 * columnRole("主 责 单 位"); //=> "lead"
 * columnRole("区卫健委"); //=> null
 * ```
 */
export function columnRole(header: string, remember = true): ColumnRole | null {
  // Decided on the count of non-space characters before building any string: most cells are long.
  const n = nonSpaceCount(header, MAX_HEADER);
  if (n === 0 || n > MAX_HEADER) return null;
  // 完成时限：2024年12月 is a labelled value, not a column's name (完成时限： may end with its colon).
  if (hasValueAfterColon(header)) return null;
  const keep = remember && header.length <= SEEN_KEY_MAX;
  const known = keep ? seen.get(header) : undefined;
  if (known !== undefined) return known;
  const role = roleOfWords(
    n === header.length ? toHalfWidth(header) : toHalfWidth(header).replace(/\s+/g, ""),
  );
  if (keep) {
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.set(header, role);
  }
  return role;
}

/** Whether a colon (either width) in `text` has anything but spaces after it. */
function hasValueAfterColon(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3a && c !== 0xff1a) continue;
    for (let k = i + 1; k < text.length; k++) if (!isWhitespaceCode(text.charCodeAt(k))) return true;
    return false;
  }
  return false;
}

/** The first role whose words the folded, space-free header matches. */
function roleOfWords(h: string): ColumnRole | null {
  for (const [role, re] of ROLE_WORDS) if (re.test(h)) return role;
  return null;
}

/** How many characters of `text` are not whitespace (as `\s` reads it), counted up to `max + 1`. */
function nonSpaceCount(text: string, max: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= max; i++) if (!isWhitespaceCode(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Whether a cell may name a column that no role is known for (督办意见, 存在问题): a few Chinese
 * words, no digit, no punctuation, as a column's name is and a row's cells mostly are not. Headers
 * keep such a column, with no role, so that the cells after it stay in their columns.
 * @internal
 *
 * @example
 * ```ts
 * mayNameUnknownColumn("督办意见"); //=> true
 * mayNameUnknownColumn("2024年12月"); //=> false
 * ```
 */
export function mayNameUnknownColumn(cell: string): boolean {
  return UNKNOWN_COLUMN.test(cell);
}

const UNKNOWN_COLUMN = /^[\u4e00-\u9fff]{2,10}$/;

/**
 * Reads a table header: the role of each column, when at least two columns (one of them the task
 * text or the seq) are recognised. Returns null for a row that is not a header.
 * @internal
 *
 * @example
 * ```ts
 * readHeader(["序号", "项目内容", "主责单位"]); //=> ["seq", "text", "lead"]
 * readHeader(["1", "新增托位", "区教委"]); //=> null
 * ```
 */
export function readHeader(cells: readonly string[]): (ColumnRole | null)[] | null {
  // Asked of every row of a table: the roles are collected only once the row proves a header.
  let known = 0;
  let named = false;
  for (const c of cells) {
    const r = columnRole(c);
    if (r === null) continue;
    known++;
    named ||= r === "text" || r === "seq";
  }
  return known >= 2 && named ? cells.map((c) => columnRole(c)) : null;
}

// A labelled line: 完成时限：2024 年 12 月底 / 主责单位: 区教委 / 完成情况：… The label is short and
// is followed by a colon; the gap before the colon is bounded. Read by hand (labelAt) as
// /^[ \t\u3000]{0,3}([\u4e00-\u9fa5]{2,8})[ \t\u3000]{0,3}[:：]/ reads it: a match array per labelled
// line was the most garbage a line reading made.

/** Whether `c` is a space, tab or ideographic space (the gaps a label allows). */
function isLabelGap(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** Whether `c` is a CJK unified ideograph of the basic block a label is written in. */
function isLabelChar(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fa5;
}

/**
 * The label opening `text`, as `[start, end, colon]` (the label's bounds and the colon's index),
 * or null. Each run is read to its end (the label's, to one past the longest label): the pattern's
 * runs are followed by characters they cannot hold, so it never matches a shorter run than the whole one.
 */
function labelAt(text: string): [number, number, number] | null {
  let i = 0;
  while (i < text.length && isLabelGap(text.charCodeAt(i))) i++;
  if (i > 3) return null;
  const start = i;
  // Read no further than one past the longest label: a line of prose is one long run.
  while (i < text.length && i - start <= 8 && isLabelChar(text.charCodeAt(i))) i++;
  const end = i;
  if (end - start < 2 || end - start > 8) return null;
  while (i < text.length && isLabelGap(text.charCodeAt(i))) i++;
  if (i - end > 3) return null;
  const c = text.charCodeAt(i);
  return c === 0x3a || c === 0xff1a ? [start, end, i] : null;
}

/**
 * Reads a labelled line (`主责单位：区教委`) into its role and value, or null when the line is not one.
 * @internal
 *
 * @example
 * ```ts
 * readLabel("主责单位：区教委"); //=> { role: "lead", label: "主责单位", value: "区教委" }
 * readLabel("项目名称：新增托位"); //=> { role: "text", label: "项目名称", value: "新增托位" }
 * readLabel("市实事第 1 项：新增托位"); //=> null
 * ```
 */
export function readLabel(text: string): { role: ColumnRole; label: string; value: string } | null {
  const at = labelAt(text);
  if (!at) return null;
  const label = text.slice(at[0], at[1]);
  const role = columnRole(label);
  if (!role || role === "seq") return null;
  // The spaces after the colon are trimmed with the rest.
  const value = text.slice(at[2] + 1).trim();
  // 项目名称：… opens a record in lists of labelled records; with nothing after it, it labels nothing.
  return role === "text" && !value ? null : { role, label, value };
}

// Labels that can stand inside a running line: （一）……。牵头单位：区教委；完成时限：2024年6月底.
// 进展： and 进度： alone only after a sentence or a bracket closes (…200个。进展：…): inside a sentence
// (取得积极进展：…) they are words.
const INLINE_LABEL =
  /(?:牵头领导|责任领导|分管领导|主责单位|责任单位|牵头单位|主要责任单位|主办单位|协办单位|配合单位|协助单位|参与单位|(?:牵头|责任|配合|协办)部门|完成时限|完成期限|完成时间|完成情况|进展情况|工作进展|目前进展|推进情况|落实情况|任务进度|(?<=[。；;）)]|^)(?:进展|进度))[ \t\u3000]{0,2}[:：]/g;

/**
 * Splits a line that carries inline labels into the lead text and the labelled parts.
 * @internal
 *
 * @example
 * ```ts
 * splitInlineLabels("新建公厕20座。责任单位：区城管委");
 * //=> { head: "新建公厕20座", labels: [{ role: "lead", label: "责任单位", value: "区城管委" }] }
 * ```
 */
export function splitInlineLabels(text: string): {
  head: string;
  labels: { role: ColumnRole; label: string; value: string }[];
} {
  // Every inline label ends with a colon: a line without one is not searched for the label words.
  if (!text.includes("：") && !text.includes(":")) return { head: text, labels: [] };
  const hits = [...text.matchAll(INLINE_LABEL)];
  if (!hits.length) return { head: text, labels: [] };
  // The labels may stand in brackets after the text (…300个。（牵头单位：…；完成时限：2025年12月）):
  // the bracket opened before the first label and closed after the last belong to neither side.
  const head = withoutEnd(trimCharsEnd(text.slice(0, hits[0]?.index ?? 0), LABEL_END), OPENING_BRACKETS);
  const labels: { role: ColumnRole; label: string; value: string }[] = [];
  hits.forEach((h, i) => {
    const start = (h.index ?? 0) + h[0].length;
    const end = hits[i + 1]?.index ?? text.length;
    const label = h[0].replace(/[\s:：]/g, "");
    const role = columnRole(label);
    const value = trimCharsEnd(text.slice(start, end).trimStart(), LABEL_END);
    if (role)
      labels.push({ role, label, value: unclosedAtEnd(value) ? withoutEnd(value, CLOSING_BRACKETS) : value });
  });
  return { head, labels };
}

/** What ends a text before a label or a label's value: separators and spaces. */
const LABEL_END = "；;，,。 \t\u3000";
const OPENING_BRACKETS = "（(【[";
const CLOSING_BRACKETS = "）)】]";

/** `text` without its last character when that is one of `chars`, then trimmed of LABEL_END. */
function withoutEnd(text: string, chars: string): string {
  return text.length > 0 && chars.includes(text.charAt(text.length - 1))
    ? trimCharsEnd(text.slice(0, -1), LABEL_END)
    : text;
}

/** Whether `value` ends with a closing bracket it did not open (区教委（牵头） opened its own). */
function unclosedAtEnd(value: string): boolean {
  if (value.length === 0 || !CLOSING_BRACKETS.includes(value.charAt(value.length - 1))) return false;
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (OPENING_BRACKETS.includes(c)) depth++;
    else if (CLOSING_BRACKETS.includes(c)) depth--;
  }
  return depth < 0;
}
