import type { CityItemRef, Deadline, Programme, Progress, Task, UnitRef } from "@minsheng/core";
import { cleanHtml, htmlToText } from "../../_lib/html/cleanHtml";
import {
  readCityItemCitation,
  readSourceCellCitation,
  readTrailingCityItemCitation,
} from "../../fields/cityItem/readCityItemCitation";
import { readDeadline } from "../../fields/deadline/readDeadline";
import { readOpenDeadline } from "../../fields/deadline/readOpenDeadline";
import { readQuantities } from "../../fields/quantity/readQuantities";
import { readStatedStatus, readStatus, readsNotDone } from "../../fields/status/readStatus";
import { readAssignmentBracket } from "../../fields/units/readAssignmentBracket";
import { mayCarryRoleMarks, rolesOfCell } from "../../fields/units/readRoleMark";
import { splitLeaders, splitUnits } from "../../fields/units/splitUnits";
import { fitted } from "../../_lib/fitted";
import { isModelYear } from "../../_lib/year/isModelYear";
import type { LayoutContext, TaskRecord } from "./types";

/** What the builder needs to know of the section a record stands in. @internal */
export interface TaskContext extends Pick<LayoutContext, "report"> {
  /** The year the section's tasks belong to (for 年底前, 6月底前 and city-item years). */
  readonly year: number | null;
  /** True when the section reports progress (a progress or status column, a 完成情况 label). */
  readonly reportsProgress: boolean;
  /** A status the document states for every task of the section (24 件实事均按期完成), if any. */
  readonly sectionStatus: { readonly status: "completed"; readonly text: string } | null;
  /** Readings of cells already met in the document (see {@link createCellMemo}). */
  readonly memo?: CellMemo;
  /** The programme the section's (or the document's) title names: a 市级第 5 项 citation is of it. */
  readonly programme?: Programme | null;
}

/**
 * Readings of the short cells that repeat down a document (the same bodies, the same 年底前):
 * each distinct cell is read once per document. @internal
 */
export interface CellMemo {
  readonly bodies: Map<string, readonly string[]>;
  /** By year, then by cell: a map per year spares building a `year + text` key for each lookup. */
  readonly deadlines: Map<number | null, Map<string, Deadline | null>>;
}

/**
 * An empty memo, made once per document and handed to every {@link buildTask} of it.
 * @internal
 * @example
 * ```ts
 * createCellMemo().bodies.size; //=> 0
 * ```
 */
export function createCellMemo(): CellMemo {
  return { bodies: new Map(), deadlines: new Map() };
}

function readDeadlineOnce(text: string, year: number | null, memo: CellMemo | undefined): Deadline | null {
  if (!memo) return readDeadline(text, { year });
  let ofYear = memo.deadlines.get(year);
  if (ofYear === undefined) memo.deadlines.set(year, (ofYear = new Map()));
  let d = ofYear.get(text);
  if (d === undefined) {
    d = readDeadline(text, { year });
    ofYear.set(text, d);
  }
  // A copy per task: the identity pass writes into its task's objects.
  return d && { ...d };
}

// Joins the lines of a wrapped cell. Chinese needs no space; a break between two Latin/digit
// characters would glue words, so it becomes a space there. A line that opens a numbered point
// (1. · 2、 · （3） · ④) starts one: its break is kept, or 6个 and 1.完成… would read as one word.
function joinWrapped(cell: string): string {
  if (!cell.includes("\n")) return cell;
  return cell.replace(POINT_BREAK, (_break: string, at: number) =>
    isLatinOrDigit(cell.charCodeAt(at - 1)) && isLatinOrDigit(cell.charCodeAt(at + 1)) ? " " : "",
  );
}

/** A line break not before the number of a point: 1. · 2、 · （3） · (4) · ⑤. @internal */
const POINT_BREAK = /\n(?!\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)]|[\u2460-\u2473])/g;

/** Whether `c` is an ASCII letter or digit (NaN, past either end, is neither). */
function isLatinOrDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A cell's text, HTML removed. */
function clean(cell: string | undefined): { readonly text: string; readonly hadHtml: boolean } {
  if (!cell) return NO_CELL;
  const r = htmlToText(joinWrapped(cell));
  return { text: r.text.trim(), hadHtml: r.hadHtml };
}

/** What an absent cell reads as; shared, as most records lack several cells. */
const NO_CELL = Object.freeze({ text: "", hadHtml: false });

/** A narrative's text and its numbered points, HTML removed. */
function cleanNarrative(cell: string | undefined): { text: string; points: string[] } {
  if (!cell) return { text: "", points: [] };
  const r = cleanHtml(joinWrapped(cell));
  return { text: r.text.trim(), points: r.points };
}

/** Pushes to `out` the bodies a lead or assist cell names. */
function pushUnits(
  out: UnitRef[],
  cell: string | undefined,
  role: UnitRef["role"],
  memo: CellMemo | undefined,
): UnitRef[] {
  if (!cell) return out;
  let names = memo?.bodies.get(cell);
  if (names === undefined) {
    // Paragraphs of an HTML cell are separate bodies.
    names = splitUnits(htmlToText(cell).text);
    memo?.bodies.set(cell, names);
  }
  // ids and kinds are set by the identity pass once the issuer is known. A role written after a
  // name (区卫健委（牵头）) outranks the column's; most cells carry none, and are not copied.
  if (!mayCarryRoleMarks(names)) {
    for (const name of names) out.push({ role, name, id: name, kind: "other" });
    return out;
  }
  for (const u of rolesOfCell(names, role))
    out.push({ role: u.role, name: u.name, id: u.name, kind: "other" });
  return out;
}

/**
 * Turns a layout's record into a task: cleans the cells and runs the field readers, all but the
 * quantity reader: its figures are read by {@link readTaskQuantities} once every task is built.
 * @internal
 */
export function buildTask(rec: TaskRecord, seq: number, ctx: TaskContext): Task {
  const body = clean(rec.cells.text);
  if (body.hadHtml)
    ctx.report({
      code: "html_removed",
      severity: "info",
      message: `HTML markup removed from task ${seq}.`,
      line: rec.startLine,
    });

  let text = body.text;
  // A layout with no body cells (a list without labels) may name the bodies and the deadline in a
  // bracket closing the text: （区卫健委，2024年12月底）.
  const bracket =
    rec.cells.lead === undefined && rec.cells.assist === undefined ? readAssignmentBracket(text) : null;
  if (bracket) text = bracket.head;
  let cityItem: CityItemRef | null = null;
  const source = clean(rec.cells.source).text;
  const sourceCitation = source ? readCityItemCitation(source) : null;
  const textCitation = sourceCitation
    ? null
    : readCityItemCitation(text) || readTrailingCityItemCitation(text, ctx.programme ?? null);
  // A source cell written loosely (市实事5) is read last: the text's own citation outranks it.
  const citation =
    sourceCitation || textCitation || (source ? readSourceCellCitation(source, ctx.programme ?? null) : null);
  // A citation is keyed by the section's year: without one (or with one the model cannot hold) the
  // reference cannot be resolved, so it is reported and the text keeps the citation.
  const year = ctx.year;
  if (citation && !isModelYear(year))
    ctx.report({
      code: "city_item_unmatched",
      severity: "warning",
      message: `Task ${seq} cites city item ${citation.number} but the section's year is unknown, so the item cannot be identified.`,
      line: rec.startLine,
    });
  else if (citation && isModelYear(year)) {
    if (textCitation) text = textCitation.rest || text;
    cityItem = {
      programme: citation.programme,
      year,
      number: citation.number,
      key: "",
      text: text || null,
      similarity: null,
    };
  }

  const deadlineText = clean(rec.cells.deadline).text || (bracket?.deadline ?? "");
  const deadline = deadlineText ? readDeadlineOnce(deadlineText, ctx.year, ctx.memo) : null;
  if (deadlineText && !deadline) {
    // 长期坚持 / 持续推进 state that the work has no end date: a fact, not a date left unread
    const open = readOpenDeadline(deadlineText);
    const quoted = `“${deadlineText.slice(0, 40)}”`;
    ctx.report({
      code: open ? "deadline_open" : "deadline_unreadable",
      severity: open ? "info" : "warning",
      message: open
        ? `Task ${seq} has no dated deadline (${open}): ${quoted}.`
        : `Deadline of task ${seq} not read: ${quoted}.`,
      line: rec.startLine,
    });
  }
  if (deadline?.hedged)
    ctx.report({
      code: "deadline_hedged",
      severity: "info",
      message: `Deadline of task ${seq} is hedged: “${deadline.text}”.`,
      line: rec.startLine,
    });

  let progress: Progress | null = null;
  const hasProgressCells = rec.cells.progress !== undefined || rec.cells.status !== undefined;
  if (ctx.reportsProgress || hasProgressCells) {
    const narrative = cleanNarrative(rec.cells.progress);
    const statusCell = clean(rec.cells.status).text;
    const stated = statusCell ? readStatus(statusCell) : readStatedStatus(narrative.text);
    if (statusCell && stated.status === null && stated.pace === null) {
      // 否 / 未完成 is read: it says the task is not done, which no status of the model states
      const notDone = readsNotDone(statusCell);
      const quoted = `“${statusCell.slice(0, 20)}”`;
      ctx.report({
        code: "status_unreadable",
        severity: notDone ? "info" : "warning",
        message: notDone
          ? `Status of task ${seq} says it is not done (${quoted}); no status of the model states that, so none is given.`
          : `Status of task ${seq} not read: ${quoted}.`,
        line: rec.startLine,
      });
    }
    const fromSection = stated.status === null && ctx.sectionStatus ? ctx.sectionStatus : null;
    progress = {
      status: fromSection ? fromSection.status : stated.status,
      statusText: fromSection ? fromSection.text : stated.statusText,
      pace: stated.pace,
      text: narrative.text,
      points: narrative.points,
      actuals: [],
    };
  }

  const task: Task = {
    seq,
    text,
    category: rec.category,
    cityItem,
    units: fitted(
      pushUnits(
        pushUnits([], bracket ? bracket.lead : rec.cells.lead, "lead", ctx.memo),
        bracket ? bracket.assist : rec.cells.assist,
        "assist",
        ctx.memo,
      ),
    ),
    leaders: splitLeaders(rec.cells.leaders ? htmlToText(rec.cells.leaders).text : ""),
    deadline,
    targets: [],
    progress,
    span: { startLine: rec.startLine, endLine: Math.max(rec.startLine, rec.endLine) },
  };
  return task;
}

/**
 * Reads the figures of a task built by {@link buildTask}: its targets from its text, its actuals from
 * its progress narrative. The document's tasks are read in one loop once they are all built: the
 * quantity reader's code and tables then stay in the processor's caches, while read task by task,
 * between the other readers, they were evicted (the parse is 3–7% faster this way).
 * @internal
 *
 * @example
 * ```ts
 * const task = { text: "新增托位1万个", targets: [], progress: null } as unknown as Parameters<typeof readTaskQuantities>[0];
 * readTaskQuantities(task).targets[0]?.value; //=> 10000
 * ```
 */
export function readTaskQuantities(task: Task): Task {
  if (task.text) task.targets = readQuantities(task.text, "target");
  if (task.progress?.text) task.progress.actuals = readQuantities(task.progress.text, "actual");
  return task;
}
