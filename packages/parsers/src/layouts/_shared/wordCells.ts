// Tables whose cells are separated by single spaces (text copied from some PDF viewers and web
// pages): 序号 任务名称 牵头单位 配合单位 完成时间 | 1 新建社区卫生服务站3个 区卫健委 各街道 2024年12月.
// A single space also stands inside cells (新增 3 岁以下普惠幼儿托位 1 万个), so such a table is
// read only under a header every word of which names a known column, and a row whose words do not
// match the columns in number is read on a stated guess.

import { columnRole, mayNameUnknownColumn, type ColumnRole } from "./columnRoles";

/** The most columns a header of words is read with. */
const MAX_WORD_COLUMNS = 16;
/** The longest column name a header of words is read with (主要责任单位 · 是否按期完成 · 进展情况). */
const MAX_NAME = 10;

/** A digit: a header names columns with none, while most lines of text and rows hold some. */
const DIGIT = /[0-9\uff10-\uff19]/;

/**
 * The words of a line that may be a header of single-space cells: three or more words, each a known
 * column's name, the task text or the seq among them; null otherwise. The first word is asked
 * before the line is split: most lines open with no column's name.
 * @internal
 *
 * @example
 * ```ts
 * wordHeaderCells("序号 任务名称 牵头单位 完成时间"); //=> ["序号", "任务名称", "牵头单位", "完成时间"]
 * wordHeaderCells("1 新建社区卫生服务站3个 区卫健委"); //=> null
 * ```
 */
export function wordHeaderCells(text: string): string[] | null {
  const firstSpace = text.indexOf(" ");
  if (firstSpace < 2 || firstSpace > MAX_NAME || text.length > (MAX_NAME + 1) * MAX_WORD_COLUMNS) return null;
  // The first word must look like a column's name (a few Chinese characters) before it is asked
  // for a role: this runs for every line with a space, and the words are not remembered (see
  // columnRole).
  const first = text.slice(0, firstSpace);
  if (!mayNameUnknownColumn(first) || DIGIT.test(text) || columnRole(first, false) === null) return null;
  const words = text.split(" ");
  if (words.length < 3 || words.length > MAX_WORD_COLUMNS) return null;
  let named = false;
  for (const w of words) {
    const role = columnRole(w, false);
    if (role === null) return null;
    named ||= role === "text" || role === "seq";
  }
  return named ? words : null;
}

/**
 * The cells of a row of single-space cells under a header of `roles`. Words matching the columns in
 * number are the cells. With more words, the task text's column (else the last) takes the extra
 * ones, as the text is where spaces stand; with fewer, the columns most often left empty
 * (配合单位 first) are taken for the empty ones, and the words fill the others in order.
 * `words` is how many there were, and `guessed` says when the row was read on such a guess.
 * @internal
 *
 * @example
 * ```ts
 * wordRowCells("1 新增 3 岁以下托位 区卫健委", ["seq", "text", "lead"]);
 * //=> { cells: ["1", "新增 3 岁以下托位", "区卫健委"], words: 5, guessed: true }
 * ```
 */
export function wordRowCells(
  text: string,
  roles: readonly (ColumnRole | null)[],
): { cells: string[]; words: number; guessed: boolean } {
  const words = text.split(" ");
  const m = roles.length;
  if (words.length === m) return { cells: words, words: m, guessed: false };
  if (words.length < m) return { cells: withEmptyCells(words, roles), words: words.length, guessed: true };
  const wide = roles.indexOf("text") >= 0 ? roles.indexOf("text") : m - 1;
  const extra = words.length - m;
  const cells = [
    ...words.slice(0, wide),
    words.slice(wide, wide + extra + 1).join(" "),
    ...words.slice(wide + extra + 1),
  ];
  return { cells, words: words.length, guessed: true };
}

/** The roles whose cells tables leave empty most often, first to be taken for missing ones. */
const OFTEN_EMPTY: readonly (ColumnRole | null)[] = [
  "assist",
  null,
  "notes",
  "leaders",
  "category",
  "source",
  "status",
  "progress",
  "deadline",
  "lead",
];

/** The words placed in the columns, the ones most often left empty left empty for the missing. */
function withEmptyCells(words: readonly string[], roles: readonly (ColumnRole | null)[]): string[] {
  const empty = new Set<number>();
  for (const role of OFTEN_EMPTY)
    for (let i = 0; i < roles.length && empty.size < roles.length - words.length; i++)
      if (roles[i] === role) empty.add(i);
  const cells: string[] = [];
  let w = 0;
  for (let i = 0; i < roles.length; i++) cells.push(empty.has(i) ? "" : (words[w++] ?? ""));
  return cells;
}
