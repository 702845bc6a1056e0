import type { SourceLine } from "../../_lib/SourceLine";
import { isBoilerplate, isClosing, isPageNumber } from "../_shared/boilerplate";
import { alignedSpacedCells, barCellsOf, cellsOf, spacedCellSpans, spacedCellsOf } from "../_shared/cellsOf";
import { columnRole, mayNameUnknownColumn, readHeader, type ColumnRole } from "../_shared/columnRoles";
import { periodColumnOf } from "../_shared/periodColumns";
import { settleHeaderRoles } from "../_shared/settleHeaderRoles";
import { LineMemo } from "../_shared/lineMemo";
import { isSectionHeadingLine } from "../_shared/lineReadings";
import { readCategory } from "../_shared/readCategory";
import { isRowNumberCell, readCompoundSeq, readSeqCell } from "../_shared/readSeqCell";
import type { Layout, LayoutContext, RawSection, TaskRecord } from "../_shared/types";
import { keepUnread } from "../_shared/unreadCells";
import { wordHeaderCells, wordRowCells } from "../_shared/wordCells";

// A table whose rows are lines: cells separated by tabs (PDF/Word text export), by `|` (web or
// markdown export), or by runs of spaces; or rows handed over as cells (html, docx, xlsx).
// Headers may repeat on every page; cells may wrap onto lines without the leading tab.

/**
 * A header: the role of each column, the names it gives them, and whether runs of spaces (`spaced`)
 * or single spaces (`words`) separate its cells rather than tabs or bars.
 */
type Header = { roles: (ColumnRole | null)[]; names: readonly string[]; spaced: boolean; words: boolean };

/** The table header the line makes: its cells (tab, bar or spaced) naming the columns. */
function headerOf(line: SourceLine): Header | null {
  const cells = cellsOf(line);
  if (cells && cells.length >= 2) {
    const roles = readHeader(cells);
    return roles && roles.filter(Boolean).length >= 3
      ? { roles: settleHeaderRoles(roles, cells), names: cells, spaced: false, words: false }
      : null;
  }
  if (!mayBeSpacedHeader(line.raw)) {
    const words = cells ? null : wordHeaderCells(line.text);
    if (!words) return null;
    const roles = settleHeaderRoles(
      words.map((w) => columnRole(w, false)),
      words,
    );
    return { roles, names: words, spaced: false, words: true };
  }
  // cellsOf(line, true), without looking for bars again.
  const spaced = cells ?? spacedCellsOf(line);
  if (spaced && spaced.length >= 3) {
    const roles = readHeader(spaced);
    return roles && isSpacedHeader(roles, spaced)
      ? { roles: settleHeaderRoles(roles, spaced), names: spaced, spaced: true, words: false }
      : null;
  }
  return null;
}

/**
 * Whether the roles read from a line of spaced cells make a header: every cell names a known
 * column, or all but one or two (a third at most) name one and those look like column names
 * (督办意见). Spaced rows are split on guesses, so the bar is higher than for tab or bar cells.
 */
function isSpacedHeader(roles: readonly (ColumnRole | null)[], cells: readonly string[]): boolean {
  let unknown = 0;
  for (let i = 0; i < roles.length; i++)
    if (roles[i] === null && (!mayNameUnknownColumn(cells[i] ?? "") || ++unknown > 2)) return false;
  return unknown * 3 <= roles.length && roles.length - unknown >= 3;
}

/**
 * Whether a line may be a header of cells separated by spaces, before it is split: it needs a run
 * of two spaces, and fewer than 17 letters before the first run (a spaced header names a column in
 * every cell, and no column name is longer). Counts only characters that are certainly not
 * whitespace (ASCII, CJK and after), and takes a run of two spaces anywhere, so it never rules out
 * a header.
 */
function mayBeSpacedHeader(raw: string): boolean {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isSpaceOrIdeographicSpace(c) && isSpaceOrIdeographicSpace(raw.charCodeAt(i + 1))) return true;
    if (((c > 0x20 && c < 0x7f) || (c >= 0x3400 && c !== 0xfeff)) && ++letters > 16) return false;
  }
  return false;
}

function isSpaceOrIdeographicSpace(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

/** Whether the line's first cell (tab or bar cells) numbers a row, for detection. */
function firstSeqCell(line: SourceLine): boolean {
  return isRowNumberCell(cellsOf(line)?.[0]);
}

/** Whether the line's first word numbers a row (a table of single-space cells), for detection. */
function firstWordSeqCell(line: SourceLine): boolean {
  const space = line.text.indexOf(" ");
  return space > 0 && isRowNumberCell(line.text.slice(0, space));
}

/** Whether the line's first cell numbers a row when spaces separate cells too, for detection. */
function firstSpacedSeqCell(line: SourceLine): boolean {
  return isRowNumberCell(cellsOf(line, true)?.[0]);
}

/** How many cells hold text (counted rather than filtered: this runs for every row). */
function filledCount(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c) n++;
  return n;
}

/** The first cell holding text, if any. */
function firstFilled(cells: readonly string[]): string | undefined {
  for (const c of cells) if (c) return c;
  return undefined;
}

/** The display columns a spaced header's cells start at (none for a header of tab or bar cells). */
function columnStarts(line: SourceLine, spaced: boolean): number[] {
  return spaced ? spacedCellSpans(line.raw).map((c) => c.start) : [];
}

/** Chinese numerals alone (一, 十二) or as a marker (一、, （一）): how a table numbers its groups. */
const GROUP_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]?|[（(][一二三四五六七八九十]{1,3}[）)])$/;
/** A group's name: short, with no sentence punctuation and no figures. */
const GROUP_NAME = /^[^。；;，,：:0-9\uff10-\uff19]{2,24}$/;

/**
 * The name of the group a row opens (一 | 托育服务): its seq cell holds a Chinese numeral, one other
 * cell holds a short name, and the rest are empty. Null for any other row.
 */
function groupOfRow(cells: readonly string[], seqCol: number): string | null {
  if (!GROUP_NUMBER.test((cells[seqCol] ?? "").trim())) return null;
  let name: string | null = null;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as string;
    if (i === seqCol || !c) continue;
    if (name !== null) return null;
    name = c;
  }
  return name !== null && GROUP_NAME.test(name) ? name : null;
}

/**
 * The cells of a line under a header of single-space cells: a row (its first word numbers it, or
 * the table has no 序号) split into words as {@link wordRowCells} does, saying when the split is a
 * guess; null for any other line (a wrapped cell goes on whole).
 */
function wordCellsOf(
  line: SourceLine,
  roles: readonly (ColumnRole | null)[],
  ctx: LayoutContext,
): string[] | null {
  if (roles[0] === "seq" && !firstWordSeqCell(line)) return null;
  const { cells, words: n, guessed } = wordRowCells(line.text, roles);
  if (guessed) {
    ctx.report({
      code: "unclassified_line",
      severity: "warning",
      message: `Row at line ${line.no} has ${n} words for ${roles.length} columns; ${n > roles.length ? "the extra words were joined to the task text" : "the columns most often empty were left empty"}.`,
      line: line.no,
    });
  }
  return cells;
}

/** The column a wrapped line of single-space cells goes on: the progress, else the task text. */
function wrappedColumn(roles: readonly (ColumnRole | null)[], lastCol: number): number {
  const progress = roles.indexOf("progress");
  if (progress >= 0) return progress;
  const text = roles.indexOf("text");
  return text >= 0 ? text : Math.max(lastCol, 0);
}

function sameRoles(a: readonly (ColumnRole | null)[], b: readonly (ColumnRole | null)[]): boolean {
  const x = a.filter(Boolean);
  const y = b.filter(Boolean);
  return x.length === y.length && x.every((r, i) => r === y[i]);
}

function append(rec: TaskRecord, role: ColumnRole | null | undefined, text: string, sep = "\n"): void {
  if (!role || !text) return;
  const prev = rec.cells[role];
  rec.cells[role] = prev ? `${prev}${sep}${text}` : text;
}

/** The row-per-line table layout (progress tables, plan tables). @internal */
export const rowTable: Layout = {
  id: "rowTable",
  maxConfidence: 0.9,
  detect(lines, memo = new LineMemo(lines)) {
    const header = memo.of(headerOf);
    const seqCell = memo.of(firstSeqCell);
    const spacedSeqCell = memo.of(firstSpacedSeqCell);
    const wordSeqCell = memo.of(firstWordSeqCell);
    let headers = 0;
    let seqCellOf = seqCell;
    for (const line of lines) {
      if (!line.text) continue;
      const h = header(line);
      if (h) {
        headers++;
        seqCellOf = h.spaced ? spacedSeqCell : h.words ? wordSeqCell : seqCell;
        // A numbered row under a header settles it: the lines after it cannot change the score.
      } else if (headers && seqCellOf(line)) return 0.9;
    }
    return headers ? 0.4 : 0;
  },
  parse(lines, ctx: LayoutContext, memo = new LineMemo(lines)) {
    const headerOfLine = memo.of(headerOf);
    const isHeading = memo.of(isSectionHeadingLine);
    const sections: RawSection[] = [];
    let section: RawSection | null = null;
    let roles: (ColumnRole | null)[] = [];
    let names: readonly string[] = [];
    let spaced = false;
    let words = false;
    // The display columns a spaced header's cells start at: a row with fewer cells is placed by them.
    let starts: readonly number[] = [];
    let rec: TaskRecord | null = null;
    let lastCol = -1;
    let category: string | null = null;
    // The line that titles the next table (the line itself: a title is looked for at every line).
    let title: SourceLine | null = null;
    let closed = false; // after the 抄送/印发 block nothing joins a task
    let repeatedHeaders = 0;

    const close = () => {
      if (rec && section) section.records.push(rec);
      rec = null;
    };
    // A cell into its column's field, or kept as unread when no field takes the column.
    const place = (r: TaskRecord, col: number, text: string, line: SourceLine, sep = "\n") => {
      append(r, roles[col], text, sep);
      keepUnread(r, roles[col], names[col], text, line.no);
    };
    for (const line of lines) {
      if (!line.text) continue;
      const header = headerOfLine(line);
      if (header) {
        ctx.mark(line.no, line.no, "header");
        closed = false;
        if (section && sameRoles(header.roles, roles)) {
          repeatedHeaders++;
          continue; // a page's repeated header: the table goes on
        }
        if (section && section.records.length === 0 && rec === null && header.roles.length === roles.length) {
          // A header of two rows (责任单位 merged over 主责单位 | 协办单位): the lower row names the
          // columns it can, the upper the rest. One table, not an empty one and then another.
          const upper = roles;
          const upperNames = names;
          names = header.names.map((n, i) => (header.roles[i] ? n : (upperNames[i] ?? n)));
          roles = settleHeaderRoles(
            header.roles.map((r, i) => r ?? upper[i] ?? null),
            names,
          );
          spaced = header.spaced;
          words = header.words;
          starts = columnStarts(line, spaced);
          section.roles = new Set(roles.filter((r): r is ColumnRole => r !== null));
          continue;
        }
        close();
        roles = header.roles;
        names = header.names;
        spaced = header.spaced;
        words = header.words;
        starts = columnStarts(line, spaced);
        section = {
          kind: null,
          title: title?.text ?? null,
          titleLine: title?.no ?? null,
          roles: new Set(roles.filter((r): r is ColumnRole => r !== null)),
          categories: [],
          records: [],
          periodColumn: periodColumnOf(roles, names),
        };
        if (title) ctx.mark(title.no, title.no, "title");
        sections.push(section);
        title = null;
        category = null;
        continue;
      }
      if (isPageNumber(line.text)) {
        ctx.mark(line.no, line.no, "boilerplate");
        continue;
      }
      if (isBoilerplate(line.text) || closed) {
        close();
        closed ||= isClosing(line.text);
        ctx.mark(line.no, line.no, "boilerplate");
        continue;
      }
      // A heading (二、2025年下半年新增项目) ends the table; what follows is another section.
      if (section && !line.cells && isHeading(line)) {
        close();
        section = null;
        title = line;
        continue;
      }
      if (!section) {
        // Front matter (the orchestrator reads it); the last line before the header titles the table.
        title = line;
        continue;
      }
      const cells = spaced
        ? (line.cells ?? barCellsOf(line) ?? alignedSpacedCells(line.raw, starts))
        : words
          ? (cellsOf(line) ?? wordCellsOf(line, roles, ctx))
          : cellsOf(line);
      const filled = cells ? filledCount(cells) : 0;
      const cat = filled <= 1 ? readCategory((cells && firstFilled(cells)) ?? line.text) : null;
      if (cat) {
        close();
        category = cat.name;
        section.categories.push({ name: cat.name, declaredCount: cat.declaredCount, line: line.no });
        ctx.mark(line.no, line.no, "category");
        continue;
      }
      const seqCol = roles.indexOf("seq");
      const group = cells && seqCol >= 0 ? groupOfRow(cells, seqCol) : null;
      if (group) {
        // 一 | 托育服务: a group of the rows below, numbered apart from them, with no count declared
        close();
        category = group;
        section.categories.push({ name: group, declaredCount: null, line: line.no });
        ctx.mark(line.no, line.no, "category");
        continue;
      }
      const numbered = cells !== null && cells[0] !== "" && seqCol >= 0;
      // A header without 序号 over a row of one more cell, a number first: the header lost its 序号
      // cell (joined to the next, 序号项目内容), and the row still numbers itself. (A header whose
      // first column has no known name holds the numbers there: 序序号.)
      const lostSeq =
        seqCol < 0 && roles[0] != null && cells !== null && cells.length === roles.length + 1
          ? readSeqCell(cells[0])
          : null;
      const skip = lostSeq === null ? 0 : 1;
      const seq = numbered ? readSeqCell(cells[seqCol]) : lostSeq;
      const seqText = numbered && seq === null ? readCompoundSeq(cells[seqCol]) : null;
      const startsRow =
        seq !== null ||
        seqText !== null ||
        (seqCol < 0 && cells !== null && filled >= Math.min(3, roles.length));
      if (startsRow && cells) {
        close();
        const r: TaskRecord = { seq, seqText, cells: {}, category, startLine: line.no, endLine: line.no };
        // Loops rather than forEach: no closure per row.
        for (let i = skip; i < cells.length; i++) {
          if (i === seqCol) continue;
          const c = cells[i] as string;
          const col = Math.min(i - skip, roles.length - 1);
          const role = roles[col];
          // Two columns of one role (实事项目 | 具体任务) hold two phrases, not one cell wrapped.
          const another = i - skip < roles.length && role != null && roles.indexOf(role) < col;
          place(r, col, c, line, another ? " " : "\n");
          if (c) lastCol = col;
        }
        rec = r;
        continue;
      }
      if (rec) {
        // A wrapped cell: the line continues the cell it broke out of (or, with a leading tab,
        // the cells it is aligned with).
        const r: TaskRecord = rec;
        if (cells && cells[0] === "") {
          for (let i = 0; i < cells.length; i++) {
            const c = cells[i] as string;
            if (!c) continue;
            lastCol = Math.min(i, roles.length - 1);
            place(r, lastCol, c, line);
          }
        } else if (cells) {
          for (let k = 0; k < cells.length; k++) {
            const c = cells[k] as string;
            // lastCol moves as the cells are placed: each is placed after the one before it.
            const i = Math.min(Math.max(lastCol, 0) + k, roles.length - 1);
            place(r, i, c, line);
            if (c && k > 0) lastCol = i;
          }
        } else {
          // Between single-space cells a wrapped line cannot be placed by its cells: it goes on the
          // long text of the row (the progress, else the task), where lines wrap.
          place(r, words ? wrappedColumn(roles, lastCol) : Math.max(lastCol, 0), line.text, line);
        }
        r.endLine = line.no;
        continue;
      }
      // Between a header and the first row: a heading of the table or a stray line.
      title = line;
      ctx.mark(line.no, line.no, "title");
    }
    close();
    if (repeatedHeaders)
      ctx.report({
        code: "header_repeated",
        severity: "info",
        message: `The table header is repeated ${repeatedHeaders} times (page breaks); the table was read as one.`,
        line: null,
      });
    return sections;
  },
};
