import type { SourceLine } from "../../_lib/SourceLine";
import { isBoilerplate, isClosing, isPageNumber } from "../_shared/boilerplate";
import { readHeader, splitInlineLabels, type ColumnRole } from "../_shared/columnRoles";
import {
  endsSentence,
  isGroupHeadingMarker,
  isPlainHeading,
  isSectionHeadingMarker,
} from "../_shared/headings";
import { LineMemo } from "../_shared/lineMemo";
import { categoryOf, labelOf, seqMarkerOf } from "../_shared/lineReadings";
import type { Layout, LayoutContext, RawSection, TaskRecord } from "../_shared/types";
import { isResponsibleName, settleResponsible } from "../_shared/responsibleBodies";
import { keepUnread } from "../_shared/unreadCells";

// Numbered lists: plans (1. … 完成时限：… 主责单位：…), notices with categories and （一）…（四十一）
// numbering, completion reports (1. target text, then 完成情况：…). Items are numbered lines; the
// lines after an item are its labelled fields or continue the field before them (page breaks
// split sentences and figures: `8.3` | blank | `万户`).

// 1.【托幼育人】… : the bracketed tag names the task's category.
const TAG = /^【([^】]{1,12})】 {0,2}/;

// Levels of Chinese official numbering: 一、 → （一） → 1. / 1、 (or 第一项：) → （1） → ①. Tasks of one
// list share a level even when a typist mixes 1. and 1、.
const LEVEL: Readonly<Record<string, number>> = {
  "cjk-comma": 1,
  "cjk-dot": 1,
  "cjk-paren": 2,
  "arabic-dot": 3,
  "arabic-comma": 3,
  item: 3,
  "arabic-paren": 4,
  circled: 4.5,
  bare: 5,
};
const levelOf = (style: string) => LEVEL[style] ?? 5;

/** The numbered-list layout. @internal */
export const numberedList: Layout = {
  id: "numberedList",
  maxConfidence: 0.8,
  detect(lines, memo = new LineMemo(lines)) {
    const markerOf = memo.of(seqMarkerOf);
    const labelOfLine = memo.of(labelOf);
    let items = 0;
    let labels = 0;
    for (const l of lines) {
      if (!l.text || l.cells) continue;
      const m = markerOf(l);
      if (m && m.rest.length > 4) items++;
      else {
        const label = labelOfLine(l);
        // 项目名称：… opens a record as a number does, in lists of labelled records
        if (label?.role === "text") items += !m && label.value.length > 4 ? 1 : 0;
        else if (label) labels++;
      }
      // Two items and a label: the highest score, whatever the lines after them hold.
      if (items >= 2 && labels) return 0.8;
    }
    // One item is a list only when labelled fields follow it (完成时限：…).
    if (items < 2) return items && labels ? 0.6 : 0;
    return labels ? 0.8 : 0.5;
  },
  parse(lines, ctx: LayoutContext, memo = new LineMemo(lines)) {
    const markerOf = memo.of(seqMarkerOf);
    const labelOfLine = memo.of(labelOf);
    // Whether the record being read was opened by a text label (项目名称：…) rather than a number.
    let byLabel = false;
    const categoryOfLine = memo.of(categoryOf);
    // The numbering level of tasks: the commonest among numbered lines that are no headings.
    const levelCount = new Map<number, number>();
    for (const l of lines) {
      if (!l.text || l.cells || categoryOfLine(l)) continue;
      const m = markerOf(l);
      if (!m || isSectionHeadingMarker(m)) continue;
      levelCount.set(levelOf(m.style), (levelCount.get(levelOf(m.style)) ?? 0) + 1);
    }
    const nonGroup = [...levelCount].filter(([lv]) => lv !== 1);
    const pool = nonGroup.length ? nonGroup : [...levelCount];
    const taskLevel = pool.sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;

    const sections: RawSection[] = [];
    let section: RawSection | null = null;
    let rec: TaskRecord | null = null;
    let field: ColumnRole = "text";
    // Whether the lines that go on the last label go on a 责任单位 (kept apart, see putLabelled).
    let fieldResponsible = false;
    let lastPoint = 0;
    let category: string | null = null;
    let pendingTitle: { text: string; line: number } | null = null;
    let closed = false;
    let blankBefore = false;
    // Label words seen per section: 完成情况 labels make a completion report.
    const labelWords = new Map<RawSection, Set<string>>();
    const seen = (s: RawSection, label: string) => {
      if (!labelWords.has(s)) labelWords.set(s, new Set());
      labelWords.get(s)?.add(label);
    };

    const close = () => {
      if (rec) settleResponsible(rec);
      if (rec && section) section.records.push(rec);
      rec = null;
    };
    const open = (title: { text: string; line: number } | null): RawSection => {
      close();
      const s: RawSection = {
        kind: null,
        title: title?.text ?? null,
        titleLine: title?.line ?? null,
        roles: new Set<ColumnRole>(["text"]),
        categories: [],
        records: [],
      };
      if (title) ctx.mark(title.line, title.line, "title");
      sections.push(s);
      category = null;
      return s;
    };
    const ensure = (): RawSection => {
      if (!section) {
        section = open(pendingTitle);
        pendingTitle = null;
      }
      return section;
    };
    const append = (
      r: TaskRecord,
      role: ColumnRole,
      text: string,
      line: SourceLine,
      joinedAfterBlank: boolean,
      responsible = false,
    ) => {
      const prev = responsible ? r.responsible : r.cells[role];
      const joined = prev ? `${prev}\n${text}` : text;
      if (responsible) r.responsible = joined;
      else r.cells[role] = joined;
      r.endLine = line.no;
      if (joinedAfterBlank && prev && !endsSentence(prev))
        ctx.report({
          code: "line_joined",
          severity: "info",
          message: `Line ${line.no} “${text.slice(0, 12)}…” continues the ${role} of task ${r.seq ?? "?"} across a page break.`,
          line: line.no,
        });
    };

    /**
     * Adds a labelled value to a record: a 责任单位 is kept apart until the record closes (it
     * assists beside a 牵头单位), any other goes to its role's cell.
     */
    const putLabelled = (r: TaskRecord, role: ColumnRole, label: string, text: string, line: SourceLine) =>
      append(r, role, text, line, false, role === "lead" && isResponsibleName(label));

    /** Closes the task being read and opens the next: its text, and the labels written after it. */
    const openRecord = (
      seq: number | null,
      rest: string,
      cat: string | null,
      line: SourceLine,
    ): TaskRecord => {
      const s = ensure();
      close();
      const { head, labels } = splitInlineLabels(rest);
      const next: TaskRecord = {
        seq,
        cells: { text: head },
        category: cat,
        startLine: line.no,
        endLine: line.no,
      };
      for (const lb of labels) {
        putLabelled(next, lb.role, lb.label, lb.value, line);
        s.roles.add(lb.role);
        seen(s, lb.label);
      }
      return next;
    };

    // A table inside the list (rows with cells under a header) belongs to the table layout: its
    // lines are left unclaimed, and the list goes on at the next heading or numbered item.
    let inTable = false;
    for (const line of lines) {
      if (!line.text) {
        blankBefore = true;
        continue;
      }
      const text = line.text;
      if (line.cells && (inTable || readHeader(line.cells))) {
        close();
        inTable = true;
        continue;
      }
      if (inTable && !markerOf(line) && !categoryOfLine(line)) continue;
      inTable = false;
      const wasBlank = blankBefore;
      blankBefore = false;
      if (isPageNumber(text)) {
        ctx.mark(line.no, line.no, "boilerplate");
        continue;
      }
      if (closed || isBoilerplate(text)) {
        close();
        closed ||= isClosing(text);
        ctx.mark(line.no, line.no, "boilerplate");
        continue;
      }
      const cat = categoryOfLine(line);
      if (cat) {
        const s = ensure();
        close();
        category = cat.name;
        s.categories.push({ name: cat.name, declaredCount: cat.declaredCount, line: line.no });
        ctx.mark(line.no, line.no, "category");
        continue;
      }
      const m = markerOf(line);
      if (m && isSectionHeadingMarker(m)) {
        section = open({ text, line: line.no });
        continue;
      }
      // A numbering out of line that runs on from the previous task (2. then (3)) is a typing slip.
      const runsOn =
        m !== null &&
        rec !== null &&
        field !== "progress" &&
        m.seq === ((rec as TaskRecord).seq ?? -1) + 1 &&
        !isGroupHeadingMarker(m);
      const isTask = m !== null && (levelOf(m.style) === taskLevel || runsOn);
      if (m && !isTask && isGroupHeadingMarker(m) && (section || pendingTitle || rec)) {
        const s = ensure();
        close();
        // A bare marker (一、 with nothing after it) still closes the group above, but names no category.
        category = m.rest.trim() || null;
        if (category) s.categories.push({ name: category, declaredCount: null, line: line.no });
        ctx.mark(line.no, line.no, "category");
        continue;
      }
      if (m && isTask) {
        // Inside a narrative, a numbering that restarts or runs on from its own points is a point.
        const r: TaskRecord | null = rec;
        const inNarrative = r !== null && field === "progress";
        const isPoint =
          inNarrative &&
          r !== null &&
          (m.seq <= (r.seq ?? 0) || (m.seq === lastPoint + 1 && m.seq !== (r.seq ?? 0) + 1));
        if (!isPoint) {
          let rest = m.rest;
          let tagCategory: string | null = null;
          const tag = TAG.exec(rest);
          if (tag) {
            tagCategory = tag[1] ?? null;
            rest = rest.slice(tag[0].length);
          }
          rec = openRecord(m.seq, rest, category ?? tagCategory, line);
          byLabel = false;
          field = "text";
          fieldResponsible = false;
          lastPoint = 0;
          continue;
        }
        lastPoint = m.seq;
      }
      // A list of labelled records: 项目名称：… opens the next one (numbered by the document's order),
      // unless a numbered task is open, whose text it then goes on.
      const label = labelOfLine(line);
      const textLabel = !m && label?.role === "text" ? label : null;
      if (textLabel && (rec === null || byLabel)) {
        rec = openRecord(null, textLabel.value, category, line);
        byLabel = true;
        field = "text";
        fieldResponsible = false;
        lastPoint = 0;
        continue;
      }
      if (label && label.role !== "text" && rec) {
        const r: TaskRecord = rec;
        const s = ensure();
        s.roles.add(label.role);
        seen(s, label.label);
        const { head, labels } = splitInlineLabels(label.value);
        putLabelled(r, label.role, label.label, head, line);
        keepUnread(r, label.role, label.label, head, line.no);
        for (const lb of labels) {
          putLabelled(r, lb.role, lb.label, lb.value, line);
          keepUnread(r, lb.role, lb.label, lb.value, line.no);
          s.roles.add(lb.role);
        }
        field = label.role;
        fieldResponsible = label.role === "lead" && isResponsibleName(label.label);
        lastPoint = 0;
        continue;
      }
      if (rec) {
        append(rec, field, text, line, wasBlank, fieldResponsible);
        continue;
      }
      if (!m && isPlainHeading(text)) {
        if (section && !section.records.length && !section.title) {
          section.title = text;
          section.titleLine = line.no;
          ctx.mark(line.no, line.no, "title");
        } else pendingTitle = { text, line: line.no };
        continue;
      }
      // Before the first task: front matter (the orchestrator reads it); inside a section: a note.
      if (section) ctx.mark(line.no, line.no, "note");
    }
    close();
    for (const s of sections) {
      const words = labelWords.get(s);
      if (words?.has("完成情况") && !words.has("进展情况") && !/进展|进度/.test(s.title ?? ""))
        s.kind = "completion";
    }
    // A heading left pending with no tasks after it is a note of the document, not a section.
    const pt = pendingTitle as { text: string; line: number } | null;
    if (pt) ctx.mark(pt.line, pt.line, "title");
    return sections.filter((s) => s.records.length || s.categories.length);
  },
};
