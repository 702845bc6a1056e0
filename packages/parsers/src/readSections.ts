import type { Section, SectionKind, Task } from "@minsheng/core";
import type { SourceLine } from "./_lib/SourceLine";
import { toHalfWidth } from "./_lib/text/toHalfWidth";
import { isModelYear } from "./_lib/year/isModelYear";
import { readDocMeta, type DocMeta } from "./fields/docMeta/readDocMeta";
import { programmeOfTitle } from "./fields/cityItem/readCityItemCitation";
import { periodEnd, readPeriod } from "./fields/period/readPeriod";
import { buildTask, createCellMemo, readTaskQuantities } from "./layouts/_shared/buildTask";
import type { ColumnRole } from "./layouts/_shared/columnRoles";
import { LineMemo } from "./layouts/_shared/lineMemo";
import type { Layout, LayoutContext, RawSection, TaskRecord } from "./layouts/_shared/types";
import { reportUnread } from "./layouts/_shared/unreadCells";
import { cellPerLine } from "./layouts/cellPerLine/cellPerLine";
import { numberedList } from "./layouts/numberedList/numberedList";
import { rowTable } from "./layouts/rowTable/rowTable";

/** Every layout the parser knows; the most confident one reads the document. */
export const LAYOUTS: readonly Layout[] = [cellPerLine, rowTable, numberedList];

const YEAR = /((?:19|20)\d{2}) {0,2}年/g;

/** The first year the text writes that the model can hold (1923年 is history, not the document's year). */
function yearOf(text: string | null | undefined): number | null {
  if (!text) return null;
  for (const m of toHalfWidth(text).matchAll(YEAR)) {
    const y = Number(m[1]);
    if (isModelYear(y)) return y;
  }
  return null;
}

/** The year most deadline cells of the records write (the earliest of equals), or null when none does. */
function yearOfDeadlines(records: readonly TaskRecord[]): number | null {
  const counts = new Map<number, number>();
  for (const r of records) {
    const y = yearOf(r.cells.deadline);
    if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let most = 0;
  for (const [y, n] of counts)
    if (n > most || (n === most && best !== null && y < best)) [best, most] = [y, n];
  return best;
}

function kindOf(raw: RawSection): SectionKind {
  if (raw.kind) return raw.kind;
  const t = raw.title ?? "";
  if (/完成情况/.test(t) && !/进展|进度/.test(t)) return "completion";
  if (/进展|进度/.test(t)) return "progress";
  if (raw.roles.has("progress") || raw.roles.has("status")) return "progress";
  return "plan";
}

// 24 件实事均按期完成 / 各项任务全部完成: a statement that every task of a completion report is done.
const ALL_DONE =
  /(?:(\d{1,4}|[一二三四五六七八九十百两]{1,6}) {0,2}[件项个])?[^。；，,]{0,10}?(?:均已|均|全部|已全部) {0,2}(?:按期|如期|按时|顺利)? {0,2}完成/;

function statedAllDone(text: string, tasks: number): { status: "completed"; text: string } | null {
  const m = ALL_DONE.exec(text);
  if (!m) return null;
  const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : null) : null;
  if (n !== null && n !== tasks) return null;
  return { status: "completed", text: m[0].trim() };
}

/** The lines numbered from `from` (inclusive) to `to` (exclusive); lines are in order of their numbers. */
function linesBetween(lines: readonly SourceLine[], from: number, to: number): readonly SourceLine[] {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lines[mid] as SourceLine).no < from) lo = mid + 1;
    else hi = mid;
  }
  const out: SourceLine[] = [];
  for (let i = lo; i < lines.length && (lines[i] as SourceLine).no < to; i++)
    out.push(lines[i] as SourceLine);
  return out;
}

const ROLE_NEEDS: readonly ColumnRole[] = ["lead", "deadline", "progress"];

// Detection reads a sample: the first lines of text tell a layout as well as the whole file,
// and a 100 MB file should not be scanned once per layout.
const DETECT_SAMPLE = 600;

function sample(lines: readonly SourceLine[]): readonly SourceLine[] {
  let seen = 0;
  for (let i = 0; i < lines.length; i++)
    if ((lines[i] as SourceLine).text && ++seen >= DETECT_SAMPLE) return lines.slice(0, i + 1);
  return lines;
}

/**
 * The stretches of lines no layout claimed, as `[from, to)` indexes into `lines`: `claimed[no]` is 1
 * for a line of number `no` a layout read. Blank lines do not break a stretch; only stretches
 * holding text are kept.
 */
function unclaimedStretches(lines: readonly SourceLine[], claimed: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  let hasText = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    if (l.text && claimed[l.no] === 1) {
      if (hasText) out.push([from, i]);
      from = i + 1;
      hasText = false;
    } else hasText ||= l.text !== "";
  }
  if (hasText) out.push([from, lines.length]);
  return out;
}

/** Whether at least two of the lines in `[from, to)` hold text (counting stops at the second). */
function hasTwoTextLines(lines: readonly SourceLine[], from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) if ((lines[i] as SourceLine).text && ++n >= 2) return true;
  return false;
}

/**
 * The layout most confident it can read the lines (ties go to the earlier one in {@link LAYOUTS}),
 * or null when none scores above `min`. Detection reads a sample of the first lines.
 * @internal
 *
 * @example
 * ```ts
 * import { LineMemo } from "./layouts/_shared/lineMemo";
 * const lines = [
 *   { no: 1, raw: "1.新增托位500个", text: "1.新增托位500个", cells: null },
 *   { no: 2, raw: "完成时限：年底前", text: "完成时限：年底前", cells: null },
 *   { no: 3, raw: "2.改造老旧小区", text: "2.改造老旧小区", cells: null },
 * ];
 * mostConfident(lines, 0, new LineMemo(lines))?.id; //=> "numberedList"
 * ```
 */
export function mostConfident(lines: readonly SourceLine[], min: number, memo: LineMemo): Layout | null {
  let best: Layout | null = null;
  let score = min;
  const head = sample(lines);
  for (const layout of LAYOUTS) {
    // Ties go to the earlier layout, so one that can at most tie is not asked.
    if (layout.maxConfidence <= score) continue;
    const s = layout.detect(head, memo);
    if (s > score) {
      best = layout;
      score = s;
    }
  }
  return best;
}

/**
 * The document's sections as the layouts find them. The most confident layout reads the whole
 * document; then each stretch of lines it left unclaimed (a numbered list after a table, a table
 * after a list) is offered to the layouts again, so one file may hold sections of several layouts.
 */
function readRawSections(
  lines: readonly SourceLine[],
  ctx: LayoutContext,
): { raws: (RawSection & { layout: string })[]; best: Layout | null } {
  // Line numbers run from 1 to the number of lines: a flag per number is cheaper to ask than a set.
  // (A typed array ignores numbers outside it, which no line has.)
  // Indexed, like every loop over all the lines that runs once per document (see parseLines).
  let lastNo = 0;
  for (let i = 0; i < lines.length; i++) lastNo = Math.max(lastNo, (lines[i] as SourceLine).no);
  const claimed = new Uint8Array(lastNo + 1);
  // The layouts' readings of each line, kept while the document and its stretches are detected and read.
  const memo = new LineMemo(lines);
  const tracking: LayoutContext = {
    report: ctx.report,
    mark: (start, end, role) => {
      for (let n = start; n <= end; n++) claimed[n] = 1;
      ctx.mark(start, end, role);
    },
  };
  const run = (layout: Layout, part: readonly SourceLine[]) =>
    layout.parse(part, tracking, memo).map((r) => {
      for (const rec of r.records) for (let n = rec.startLine; n <= rec.endLine; n++) claimed[n] = 1;
      return { ...r, layout: layout.id };
    });
  const best = mostConfident(lines, 0, memo);
  const raws = best ? run(best, lines) : [];
  if (!raws.length) return { raws, best };
  // Stretches of unclaimed lines (blank lines do not break a stretch) with two lines of text or
  // more, offered again until no layout finds tasks in them (a table, then a list, then a table…).
  const tried = new Set<number>();
  for (let round = 0; round < 16; round++) {
    let found = false;
    // Stretches as indexes: only those offered again are copied out.
    for (const [from, to] of unclaimedStretches(lines, claimed)) {
      const first = (lines[from] as SourceLine).no;
      if (tried.has(first) || !hasTwoTextLines(lines, from, to)) continue;
      tried.add(first);
      const part = lines.slice(from, to);
      const layout = mostConfident(part, 0.45, memo);
      const more = layout ? run(layout, part).filter((r) => r.records.length) : [];
      if (more.length) {
        // Pushed one by one: a stretch may hold more sections than a call takes arguments.
        for (const r of more) raws.push(r);
        found = true;
      }
    }
    if (!found) break;
  }
  raws.sort((a, b) => (a.records[0]?.startLine ?? 0) - (b.records[0]?.startLine ?? 0));
  return { raws, best };
}

/** Reads the sections of a document with the best layout and builds their tasks. @internal */
export function readSections(
  lines: readonly SourceLine[],
  ctx: LayoutContext,
): { sections: Section[]; layout: string | null; meta: DocMeta } {
  const { raws, best } = readRawSections(lines, ctx);
  const firstRecordLine = raws.find((r) => r.records.length)?.records[0]?.startLine ?? Infinity;
  const front = lines.filter((l) => l.no < firstRecordLine);
  const docMeta = readDocMeta(front, lines);
  const frontText = front.map((l) => l.text).join("\n");
  const docYear =
    yearOf(docMeta.title) ??
    yearOf(frontText) ??
    (docMeta.issued && isModelYear(Number(docMeta.issued.slice(0, 4)))
      ? Number(docMeta.issued.slice(0, 4))
      : null);

  const memo = createCellMemo();
  const sections = raws.map((raw, index): Section => {
    const kind = kindOf(raw);
    const ownYear = yearOf(raw.title);
    // A section and a document that name no year (a bare table, a CSV) take the year most of the
    // tasks' deadlines write.
    const year = ownYear ?? docYear ?? yearOfDeadlines(raw.records);
    const at = raw.titleLine ?? raw.records[0]?.startLine ?? null;
    if (ownYear === null && year !== null && raw.records.length)
      ctx.report({
        code: "year_inferred",
        severity: "info",
        message:
          docYear !== null
            ? `The section names no year; ${year} was taken from the document's title or date.`
            : `Neither the section nor the document names a year; ${year} was taken from the tasks' deadlines.`,
        line: at,
      });
    let period = null as Section["period"];
    if (kind !== "plan") {
      // The title states the period, or the document's title, or a progress column (二季度进展).
      const stated =
        readPeriod(raw.title ?? "") ??
        readPeriod(docMeta.title ?? "") ??
        (raw.periodColumn ? readPeriod(raw.periodColumn) : null);
      // A completion report covers the whole year unless it says otherwise.
      const p = stated ?? (kind === "completion" ? { year, span: "annual" as const } : null);
      const y = p?.year ?? year;
      if (p && y) period = { year: y, span: p.span, asOf: periodEnd(y, p.span) };
      if (!stated && period)
        ctx.report({
          code: "period_inferred",
          severity: "info",
          message: `The completion report names no period; read as the whole year ${y}.`,
          line: at,
        });
    }
    // A completion report's preamble may state that every task is done (24 件实事均按期完成).
    // Its lines: from the section's title (the document's start for the first section, the end of
    // the previous section for an untitled one) to its first record. Read for completion reports
    // only, and never from the document's start for every section (quadratic on many tables).
    const prevEnd = index === 0 ? 0 : (raws[index - 1]?.records.at(-1)?.endLine ?? 0);
    const from = index === 0 ? 0 : (raw.titleLine ?? prevEnd + 1);
    const sectionStatus =
      kind === "completion"
        ? statedAllDone(
            linesBetween(lines, from, raw.records[0]?.startLine ?? 0)
              .map((l) => l.text)
              .join(""),
            raw.records.length,
          )
        : null;
    // One context for the section's tasks: what it holds is the section's.
    const programme = programmeOfTitle(raw.title ?? "") ?? programmeOfTitle(docMeta.title ?? "");
    const taskCtx = {
      report: ctx.report,
      year,
      reportsProgress: kind !== "plan",
      sectionStatus,
      memo,
      programme,
    };
    const tasks: Task[] = [];
    // Tasks of a table without a 序号 column, or of a list of labelled records, have no numbers to
    // read: they are numbered in their order, said once. Where the section has a 序号 column, or
    // numbers other tasks, a task without a number is a guess, said for each.
    const numbered = raw.roles.has("seq") || raw.records.some((r) => r.seq !== null || r.seqText);
    const first = raw.records[0];
    if (!numbered && first)
      ctx.report({
        code: "seq_inferred",
        severity: "info",
        message: `The section numbers none of its ${raw.records.length} tasks; they are numbered in their order, from line ${first.startLine}.`,
        line: first.startLine,
      });
    let prev = 0;
    let prevCategory: string | null = null;
    const categoriesSeen = new Set<string | null>();
    const seen = new Set<number>();
    // A 类别 column names each task's category; a row that leaves it empty stands under the one
    // above (a merged cell exported into its first row only).
    let columnCategory: string | null = null;
    for (const rec of raw.records) {
      const ownCategory = rec.cells.category?.trim();
      if (ownCategory) columnCategory = ownCategory;
      if (columnCategory !== null) rec.category = columnCategory;
      let seq = rec.seq;
      if (seq === null && rec.seqText) {
        seq = prev + 1;
        ctx.report({
          code: "seq_compound",
          severity: "info",
          message: `Task “${rec.seqText}” at line ${rec.startLine} is numbered ${seq}, its place in the section.`,
          line: rec.startLine,
        });
      } else if (seq === null) {
        seq = prev + 1;
        if (numbered)
          ctx.report({
            code: "seq_inferred",
            severity: "warning",
            message: `A task without a number at line ${rec.startLine} was numbered ${seq}.`,
            line: rec.startLine,
          });
      }
      // Numbering that starts again at 1 under a category not met before (一、教育 1. 2. 二、养老 1. 2.)
      // runs per category: no duplicate, no gap. A category met again (a repeated page) does not.
      if (seq === 1 && tasks.length && rec.category !== prevCategory && !categoriesSeen.has(rec.category)) {
        seen.clear();
        prev = 0;
      }
      prevCategory = rec.category;
      categoriesSeen.add(rec.category);
      if (seen.has(seq))
        ctx.report({
          code: "numbering_duplicate",
          severity: "warning",
          message: `Task number ${seq} appears twice (again at line ${rec.startLine}).`,
          line: rec.startLine,
        });
      else if (seq > prev + 1 && tasks.length)
        ctx.report({
          code: "numbering_gap",
          severity: "warning",
          message: `Task numbers jump from ${prev} to ${seq} at line ${rec.startLine}.`,
          line: rec.startLine,
        });
      seen.add(seq);
      prev = seq;
      tasks.push(buildTask(rec, seq, taskCtx));
    }
    reportUnread(raw.records, ctx);
    // A body or a deadline missing where the section has the column (or label) for it.
    const hasLead = raw.roles.has("lead");
    const hasDeadline = raw.roles.has("deadline");
    for (const rec of raw.records) {
      if (hasLead && !rec.cells.lead?.trim())
        ctx.report({
          code: "units_missing",
          severity: "warning",
          message: `Task ${rec.seq ?? "?"} names no lead body though the section has a column for it.`,
          line: rec.startLine,
        });
      if (hasDeadline && !rec.cells.deadline?.trim())
        ctx.report({
          code: "deadline_missing",
          severity: "warning",
          message: `Task ${rec.seq ?? "?"} has no deadline though the section has a column for it.`,
          line: rec.startLine,
        });
    }
    // A document cut off mid-task: the last task lacks what every other task of the section has.
    const last = raw.records[raw.records.length - 1];
    if (last && raw.records.length >= 3 && index === raws.length - 1) {
      const others = raw.records.slice(0, -1);
      const missing = ROLE_NEEDS.filter((r) => others.every((o) => o.cells[r]) && !last.cells[r]);
      if (missing.length)
        ctx.report({
          code: "truncated_task",
          severity: "warning",
          message: `The document ends inside task ${last.seq ?? "?"}: it has no ${missing.join(", ")} while every other task has; the partial task is kept.`,
          line: last.startLine,
        });
    }
    // Counted only for a section that declares categories (most declare none).
    const perCategory = new Map<string | null, number>();
    if (raw.categories.length)
      for (const t of tasks) perCategory.set(t.category, (perCategory.get(t.category) ?? 0) + 1);
    for (const c of raw.categories) {
      const found = perCategory.get(c.name) ?? 0;
      if (c.declaredCount !== null && c.declaredCount !== found)
        ctx.report({
          code: "category_count_mismatch",
          severity: "warning",
          message: `Category “${c.name}” declares ${c.declaredCount} tasks but ${found} were found.`,
          line: c.line,
        });
    }
    return { kind, title: raw.title, year, period, categories: raw.categories, tasks, layout: raw.layout };
  });
  // Figures last, for all tasks in one loop (see readTaskQuantities).
  for (let i = 0; i < sections.length; i++) {
    const tasks = (sections[i] as Section).tasks;
    for (let k = 0; k < tasks.length; k++) readTaskQuantities(tasks[k] as Task);
  }
  return { sections, layout: best?.id ?? null, meta: docMeta };
}
