import type { SourceLine } from "../../_lib/SourceLine";
import { isBoilerplate, isClosing, isPageNumber } from "../_shared/boilerplate";
import { mayNameUnknownColumn, type ColumnRole } from "../_shared/columnRoles";
import { LineMemo, type LineReader } from "../_shared/lineMemo";
import { periodColumnOf } from "../_shared/periodColumns";
import { settleHeaderRoles } from "../_shared/settleHeaderRoles";
import { categoryOf, columnRoleOf, isSectionHeadingLine } from "../_shared/lineReadings";
import { readCompoundSeq, readSeqCell } from "../_shared/readSeqCell";
import type { Layout, LayoutContext, RawSection, TaskRecord } from "../_shared/types";
import { keepUnread } from "../_shared/unreadCells";

// A table flattened to one cell per line (Word/PDF export): the header cells stand on consecutive
// lines, then each row's cells follow in the same order. A cell's first line may start with a tab;
// a line without the tab continues the cell above it (a wrapped cell). Rows are separated by blank
// lines in the seeds, but a row is also complete once every column has a cell.

interface Cell {
  text: string;
  start: number;
  end: number;
}

function isTabbed(line: SourceLine): boolean {
  return /^[ \u3000]{0,8}\t/.test(line.raw);
}

/** A header: the role of each column (null for a name no field reads), and its first and last line. */
/** A header's column roles and the columns' names as written (for what is said of an unread column). */
type Header = { roles: (ColumnRole | null)[]; names: string[]; start: number; end: number };

/**
 * The most columns a header names. A longer run of column names (备注 on a thousand lines) is read
 * as a header of its first columns at most: the bound keeps looking for a header at each line of a
 * table linear in the table's length.
 */
const MAX_COLUMNS = 40;

/** How many unknown names may stand together inside a header. */
const MAX_UNKNOWN_RUN = 2;

/**
 * The header starting at line `i`: at least three consecutive one-cell lines naming columns, seq
 * or text among them. A name the parser does not know may stand between known ones (up to two
 * together), or last when a row numbered by a 序号 column follows it: its column is kept, with no
 * role, so the cells after it stay in their columns. `next` is the first line after the run of
 * column names, so a search can go on from there without reading the run again. `roleOf` reads each line's column name once (a
 * LineMemo's): looking for a header at every line of a table reads the same lines again (up to
 * MAX_COLUMNS times). The answer is a scratch record, read before the next call: this runs at every
 * labelled line of a list (完成时限：…), and most runs are no header, so nothing is built for them.
 */
function headerAt(
  lines: readonly SourceLine[],
  i: number,
  roleOf: LineReader<ColumnRole | null>,
): { readonly header: Header | null; readonly next: number } {
  let count = 0;
  let named = false;
  let j = i;
  let end = i;
  let unknown = 0; // names not known since the last known one
  for (; j < lines.length && count < MAX_COLUMNS; j++) {
    const l = lines[j] as SourceLine;
    if (!l.text) continue;
    const role = columnNameOf(l, roleOf);
    if (!role) {
      if (count > 0 && unknown < MAX_UNKNOWN_RUN && mayNameUnknownColumnLine(l)) {
        unknown++;
        continue;
      }
      break;
    }
    count++;
    unknown = 0;
    named ||= role === "text" || role === "seq";
    end = j;
  }
  AT.next = j;
  if (count >= 3 && named) {
    end = withTrailingUnknown(lines, i, end, roleOf);
    AT.header = { ...columnsOfRun(lines, i, end, roleOf), start: i, end };
  } else AT.header = null;
  return AT;
}

/** The scratch record {@link headerAt} answers with. */
const AT: { header: Header | null; next: number } = { header: null, next: 0 };

/** The columns the lines `i`…`end` name (a run headerAt found: every line of text in it names one). */
function columnsOfRun(
  lines: readonly SourceLine[],
  i: number,
  end: number,
  roleOf: LineReader<ColumnRole | null>,
): { roles: (ColumnRole | null)[]; names: string[] } {
  const roles: (ColumnRole | null)[] = [];
  const names: string[] = [];
  for (let j = i; j <= end; j++) {
    const l = lines[j] as SourceLine;
    if (!l.text) continue;
    roles.push(columnNameOf(l, roleOf));
    names.push(l.text);
  }
  return { roles: settleHeaderRoles(roles, names), names };
}

/** Whether a one-cell line may name a column no field reads (see mayNameUnknownColumn). */
function mayNameUnknownColumnLine(line: SourceLine): boolean {
  return !(line.cells && hasTwoFilled(line.cells)) && mayNameUnknownColumn(line.text);
}

/**
 * The header's last line, one unknown name further when it stands after the known ones and the
 * first row follows it (a header opening with 序号, then a line numbering a row): 备注 or 督办意见
 * as the last column would otherwise be read as the first cell of the first row.
 */
function withTrailingUnknown(
  lines: readonly SourceLine[],
  i: number,
  end: number,
  roleOf: LineReader<ColumnRole | null>,
): number {
  const first = nextTextLine(lines, i); // a header found from a blank line starts at it
  if (first < 0 || columnNameOf(lines[first] as SourceLine, roleOf) !== "seq") return end;
  const next = nextTextLine(lines, end + 1);
  if (next < 0) return end;
  const line = lines[next] as SourceLine;
  if (columnNameOf(line, roleOf) || !mayNameUnknownColumnLine(line)) return end;
  const after = nextTextLine(lines, next + 1);
  return after >= 0 && readSeqCell((lines[after] as SourceLine).text) !== null ? next : end;
}

/** The column a line of text names, when it is a one-cell line short enough to name one. */
function columnNameOf(line: SourceLine, roleOf: LineReader<ColumnRole | null>): ColumnRole | null {
  if ((line.cells && hasTwoFilled(line.cells)) || line.text.length > 16) return null;
  return roleOf(line);
}

/** Whether two or more of the cells hold text (counted, not filtered: this runs for every line). */
function hasTwoFilled(cells: readonly string[]): boolean {
  let n = 0;
  for (const c of cells) if (c && ++n > 1) return true;
  return false;
}

/** Finds the first header at or after line `from`. */
function findHeader(
  lines: readonly SourceLine[],
  from: number,
  roleOf: LineReader<ColumnRole | null>,
): Header | null {
  for (let i = from; i < lines.length; i++) {
    // Most lines name no column, and no header starts there: passed without a look ahead. A blank
    // line is looked from (a header found from it starts at it) only when the first line of text
    // after it names a column; otherwise the search goes on from that line.
    const l = lines[i] as SourceLine;
    if (!l.text) {
      const t = nextTextLine(lines, i + 1);
      if (t < 0) return null;
      if (!columnNameOf(lines[t] as SourceLine, roleOf)) {
        i = t;
        continue;
      }
    } else if (!columnNameOf(l, roleOf)) continue;
    const { header, next } = headerAt(lines, i, roleOf);
    if (header) return header;
    if (next > i) i = Math.max(i, next - 1);
  }
  return null;
}

/** The index of the first line holding text at or after `from`, or -1. */
function nextTextLine(lines: readonly SourceLine[], from: number): number {
  for (let j = from; j < lines.length; j++) if ((lines[j] as SourceLine).text) return j;
  return -1;
}

/** The one-cell-per-line table layout. @internal */
export const cellPerLine: Layout = {
  id: "cellPerLine",
  maxConfidence: 0.95,
  detect(lines, memo = new LineMemo(lines)) {
    const h = findHeader(lines, 0, memo.of(columnRoleOf));
    if (!h) return 0;
    const after = nextTextLine(lines, h.end + 1);
    return after >= 0 && readSeqCell((lines[after] as SourceLine).text) !== null ? 0.95 : 0.5;
  },
  parse(lines, ctx: LayoutContext, memo = new LineMemo(lines)) {
    const roleOf = memo.of(columnRoleOf);
    const isHeading = memo.of(isSectionHeadingLine);
    const categoryOfLine = memo.of(categoryOf);
    const sections: RawSection[] = [];
    let at = 0;
    // Whether any line after a header starts with a tab, for every header at once: one pass, not one per table.
    let lastTabbed = -1;
    for (let i = lines.length - 1; i >= 0; i--)
      if (isTabbed(lines[i] as SourceLine)) {
        lastTabbed = i;
        break;
      }
    for (;;) {
      const h = findHeader(lines, at, roleOf);
      if (!h) break;
      const { roles, names } = h;
      ctx.mark((lines[h.start] as SourceLine).no, (lines[h.end] as SourceLine).no, "header");
      // The nearest non-blank line above the header titles the table.
      let title: { text: string; line: number } | null = null;
      for (let k = h.start - 1; k >= at; k--) {
        const l = lines[k] as SourceLine;
        if (l.text) {
          title = { text: l.text, line: l.no };
          break;
        }
      }
      if (title) ctx.mark(title.line, title.line, "title");
      const section: RawSection = {
        kind: null,
        title: title?.text ?? null,
        titleLine: title?.line ?? null,
        roles: new Set(roles.filter((r): r is ColumnRole => r !== null)),
        categories: [],
        records: [],
        periodColumn: periodColumnOf(roles, names),
      };
      sections.push(section);
      const tabbed = lastTabbed > h.end;
      let row: Cell[] = [];
      let category: string | null = null;
      let blankBefore = true;
      let closed = false;
      const flush = () => {
        if (!row.length) return;
        const rec: TaskRecord = {
          seq: null,
          cells: {},
          category,
          startLine: (row[0] as Cell).start,
          endLine: (row[row.length - 1] as Cell).end,
        };
        row.forEach((c, i) => {
          const col = Math.min(i, roles.length - 1);
          const role = roles[col];
          keepUnread(rec, role, names[col], c.text, c.start);
          if (!role) return;
          if (role === "seq") {
            rec.seq = readSeqCell(c.text);
            if (rec.seq === null) rec.seqText = readCompoundSeq(c.text);
          } else rec.cells[role] = rec.cells[role] ? `${rec.cells[role]}\n${c.text}` : c.text;
        });
        if (row.length > roles.length)
          ctx.report({
            code: "unclassified_line",
            severity: "warning",
            message: `Row at line ${rec.startLine} has ${row.length} cells for ${roles.length} columns; the extra cells were joined to the last column.`,
            line: rec.startLine,
          });
        section.records.push(rec);
        row = [];
      };
      let k = h.end + 1;
      for (; k < lines.length; k++) {
        const l = lines[k] as SourceLine;
        if (!l.text) {
          blankBefore = true;
          continue;
        }
        // Another header starts another table.
        // (Only a header starting on this very line: searching further from every row would be quadratic.)
        if (roleOf(l) && headerAt(lines, k, roleOf).header) break;
        // So does a section heading (二、2025年下半年新增项目) on a line of its own.
        if (!isTabbed(l) && isHeading(l)) break;
        if (isPageNumber(l.text)) {
          ctx.mark(l.no, l.no, "boilerplate");
          continue;
        }
        if (closed || isBoilerplate(l.text)) {
          flush();
          closed ||= isClosing(l.text);
          ctx.mark(l.no, l.no, "boilerplate");
          continue;
        }
        const cat = categoryOfLine(l);
        if (cat && (blankBefore || row.length === 0 || row.length >= roles.length)) {
          flush();
          category = cat.name;
          section.categories.push({ name: cat.name, declaredCount: cat.declaredCount, line: l.no });
          ctx.mark(l.no, l.no, "category");
          blankBefore = false;
          continue;
        }
        const seq = readSeqCell(l.text);
        // Without tabs a full row's extra lines wrap its last cell until the next seq starts a row.
        const newCell = tabbed ? isTabbed(l) : row.length < roles.length || seq !== null;
        if (newCell) {
          const full = row.length >= roles.length;
          const restart = roles[0] === "seq" && seq !== null && (full || (blankBefore && row.length >= 2));
          if (full || restart) flush();
          row.push({ text: l.text, start: l.no, end: l.no });
        } else if (row.length) {
          const last = row[row.length - 1] as Cell;
          last.text += `\n${l.text}`;
          last.end = l.no;
        } else {
          row.push({ text: l.text, start: l.no, end: l.no });
        }
        blankBefore = false;
      }
      flush();
      at = k;
      if (k >= lines.length) break;
    }
    return sections;
  },
};
