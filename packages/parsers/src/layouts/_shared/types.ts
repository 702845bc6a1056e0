import type { Category, Diagnostic, LineRole, SectionKind } from "@minsheng/core";
import type { SourceLine } from "../../_lib/SourceLine";
import type { ColumnRole } from "./columnRoles";
import type { LineMemo } from "./lineMemo";

/** The cells of one task as a layout found them, before the field readers run. @internal */
export interface TaskRecord {
  /** The number as written (null when the layout found none; the builder then infers it). */
  seq: number | null;
  /** A compound number as written (1-1, 2.3), when the row has one instead of a seq. */
  seqText?: string | null;
  /** Cell text per role; lines of a wrapped cell are joined with "\n". */
  cells: Partial<Record<ColumnRole, string>>;
  /** The category the task stands under. */
  category: string | null;
  startLine: number;
  endLine: number;
  /**
   * Cells of columns (or labels) no field reads: a column with no known name (完成比例 before it was
   * known), 备注. Kept so that the orchestrator says what was not read instead of losing it quietly.
   */
  unread?: UnreadCell[];
  /**
   * Bodies a 责任单位 label named, kept apart while the record is read: beside a 牵头单位 label
   * they assist, alone they lead (see settleResponsible).
   */
  responsible?: string;
}

/** A cell no field reads: its column's (or label's) name as written, its text and its line. @internal */
export interface UnreadCell {
  readonly column: string;
  readonly text: string;
  readonly line: number;
}

/** A section as a layout found it. @internal */
export interface RawSection {
  /** The kind when the layout knows it (a 完成情况 label says completion); null lets the title decide. */
  kind: SectionKind | null;
  title: string | null;
  titleLine: number | null;
  /** Column roles of the table, for tables; labels seen, for lists. */
  roles: Set<ColumnRole>;
  categories: Category[];
  records: TaskRecord[];
  /** The name of a progress column that states a period (二季度进展), for a title that states none. */
  periodColumn?: string | null;
}

/** What a layout can tell the orchestrator while it reads. @internal */
export interface LayoutContext {
  /** Marks lines as read in a role (task spans are marked by the orchestrator). */
  mark(startLine: number, endLine: number, role: LineRole): void;
  /** Reports something odd, guessed, skipped or repaired. */
  report(d: Omit<Diagnostic, "severity"> & { severity?: Diagnostic["severity"] }): void;
}

/**
 * A document layout: how confident it is that it can read the lines, and the reading.
 * Adding a layout means adding a folder with a module of this shape, its fixtures and tests.
 * @internal
 */
export interface Layout {
  readonly id: string;
  /**
   * The highest score {@link Layout.detect} can return: a layout that cannot beat the best score
   * already found is not asked (detection of every stretch of a long document is not free).
   */
  readonly maxConfidence: number;
  /**
   * 0 (not this layout) to 1 (certainly this layout). `memo` holds the readings of the document's
   * lines when the lines are part of a larger document; without it the layout reads the lines anew.
   */
  detect(lines: readonly SourceLine[], memo?: LineMemo): number;
  /** Reads the lines into sections; `memo` as for {@link Layout.detect}. */
  parse(lines: readonly SourceLine[], ctx: LayoutContext, memo?: LineMemo): RawSection[];
}
