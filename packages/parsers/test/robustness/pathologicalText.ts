// Adversarial text for the linear-time tests: the shapes that make backtracking regexes and
// nested scans blow up, each repeated to a requested size.

/** One kind of pathological input: a name, an optional prefix written once, and a repeating unit. */
export interface PathologicalKind {
  readonly name: string;
  readonly prefix?: string;
  readonly unit: string;
}

/** A one-cell-per-line table: four header cells and one row. */
const CELL_TABLE = "序号\n项目内容\n主责单位\n完成时限\n1\n新增托位600个\n区教委\n2024年底\n";

/** The kinds: long runs inside one line, and thousands of lines of one shape. */
export const PATHOLOGICAL_KINDS: readonly PathologicalKind[] = [
  { name: "a run of digits", unit: "1234567890" },
  { name: "lines of a thousand digits", unit: `${"1234567890".repeat(100)}\n` },
  { name: "a run of spaces after a deadline", unit: `完成期限：2024年12月底前${" ".repeat(4500)}` },
  { name: "a run of ideographic spaces and tabs", unit: "\u3000 \t" },
  { name: "a run of 、", unit: "、" },
  { name: "figures separated by 、", unit: "1.新增托位600个、" },
  { name: "unclosed HTML tags", unit: "<p>" },
  { name: "task lines full of unclosed tags", unit: `1.新增${"<p>".repeat(300)}托位600个\n` },
  { name: "nested inline tags", unit: "<span>" },
  { name: "nested tags closed by tags never opened", unit: "<div></span>" },
  { name: "a task line of nested tags and comments", prefix: "1.新增托位600个", unit: "<!--x--><b>" },
  { name: "nested brackets", unit: "（" },
  { name: "lines of nested brackets", unit: `（一）${"（".repeat(300)}新增托位\n` },
  { name: "thousands of 1. markers on their own lines", unit: "1.\n" },
  { name: "thousands of 1. markers on one line", unit: "1." },
  { name: "label lines without values", unit: "主责单位：\n完成时限：\n进展情况：\n" },
  { name: "header cells without a table", unit: "序号\n项目内容\n主责单位\n完成时限\n" },
  { name: "tabbed header rows without rows", unit: "序号\t项目内容\t主责单位\t完成时限\n" },
  { name: "thousands of one-cell-per-line tables", unit: CELL_TABLE },
  { name: "a table followed by a run of column names", prefix: CELL_TABLE, unit: "备注\n" },
  {
    name: "a table followed by column names and long cells",
    prefix: CELL_TABLE,
    unit: "进展情况\n这是一个很长的说明文字，超过十六个字符的内容行。\n",
  },
  { name: "a table followed by category lines", prefix: CELL_TABLE, unit: "一、民生保障类（3项）\n" },
  {
    name: "rows under a spaced header of 3000 cells",
    prefix: `${"序号  任务内容  主责单位  完成时限  ".repeat(750)}\n`,
    unit: "1  新增普惠托位600个，改造老旧小区综合整治项目3个  区教委  2024年12月底\n",
  },
  { name: "city-item citations without tasks", unit: "市实事第1项" },
  { name: "numbers with multipliers and no measure words", unit: "1万2亿3千4百5十余两" },
];

/** Repeats `unit` up to `chars` UTF-16 code units (cut at the end). */
export function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** A kind's text of about `chars` UTF-16 code units: its prefix, then its unit repeated. */
export function pathological(kind: PathologicalKind, chars: number): string {
  return (kind.prefix ?? "") + repeatTo(kind.unit, chars);
}
