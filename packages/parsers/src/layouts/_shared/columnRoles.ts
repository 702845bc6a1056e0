import { toHalfWidth } from "../../_lib/text/toHalfWidth";
import { trimCharsEnd } from "../../_lib/trimChars";

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
  ["status", /任务进度|完成状态|进度状态|^(?:进度|状态|是否完成|完成与否)$/],
  ["progress", /进展情况|完成情况|工作进展|推进情况|落实情况|^进展$|^(?:目前进展|进度情况|工作推进情况)$/],
  ["source", /任务来源|^来源$|^(?:市实事|对应市实事|市级任务|对应任务)(?:项目|序号|编号)?$/],
  ["category", /^(?:类别|分类|领域|类型)$/],
  ["notes", /^(?:备注|说明)$/],
  [
    "text",
    /项目内容|任务内容|督查事项|工作任务|实事项目|项目名称|任务名称|重点任务|^(?:内容|任务|项目|事项|工作内容|具体内容|目标任务)$/,
  ],
];

/**
 * The role a header cell names, or null when it names none.
 * @internal
 */
export function columnRole(header: string): ColumnRole | null {
  const h = toHalfWidth(header).replace(/\s+/g, "");
  if (!h || h.length > 16) return null;
  for (const [role, re] of ROLE_WORDS) if (re.test(h)) return role;
  return null;
}

/**
 * Reads a table header: the role of each column, when at least two columns (one of them the task
 * text or the seq) are recognised. Returns null for a row that is not a header.
 * @internal
 */
export function readHeader(cells: readonly string[]): (ColumnRole | null)[] | null {
  const roles = cells.map(columnRole);
  const known = roles.filter((r) => r !== null);
  if (known.length < 2) return null;
  if (!roles.includes("text") && !roles.includes("seq")) return null;
  return roles;
}

// A labelled line: 完成时限：2024 年 12 月底 / 主责单位: 区教委 / 完成情况：… The label is short and
// is followed by a colon; the gap before the colon is bounded.
const LABEL = /^[ \t\u3000]{0,3}([\u4e00-\u9fa5]{2,8})[ \t\u3000]{0,3}[:：][ \t\u3000]{0,3}/;

/**
 * Reads a labelled line (`主责单位：区教委`) into its role and value, or null when the line is not one.
 * @internal
 */
export function readLabel(text: string): { role: ColumnRole; label: string; value: string } | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const label = m[1] ?? "";
  const role = columnRole(label);
  if (!role || role === "seq" || role === "text") return null;
  return { role, label, value: text.slice(m[0].length).trim() };
}

// Labels that can stand inside a running line: （一）……。牵头单位：区教委；完成时限：2024年6月底
const INLINE_LABEL =
  /(?:牵头领导|责任领导|分管领导|主责单位|责任单位|牵头单位|主要责任单位|主办单位|协办单位|配合单位|协助单位|参与单位|完成时限|完成期限|完成时间|完成情况|进展情况|任务进度)[ \t\u3000]{0,2}[:：]/g;

/**
 * Splits a line that carries inline labels into the lead text and the labelled parts.
 * @internal
 */
export function splitInlineLabels(text: string): {
  head: string;
  labels: { role: ColumnRole; label: string; value: string }[];
} {
  const hits = [...text.matchAll(INLINE_LABEL)];
  if (!hits.length) return { head: text, labels: [] };
  const head = trimCharsEnd(text.slice(0, hits[0]?.index ?? 0), "；;，,。 \t\u3000");
  const labels: { role: ColumnRole; label: string; value: string }[] = [];
  hits.forEach((h, i) => {
    const start = (h.index ?? 0) + h[0].length;
    const end = hits[i + 1]?.index ?? text.length;
    const label = h[0].replace(/[\s:：]/g, "");
    const role = columnRole(label);
    if (role)
      labels.push({
        role,
        label,
        value: trimCharsEnd(text.slice(start, end).trimStart(), "；;，,。 \t\u3000"),
      });
  });
  return { head, labels };
}
