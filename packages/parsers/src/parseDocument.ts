import {
  DOCUMENT_SCHEMA_ID,
  type Diagnostic,
  type Document,
  type LineRole,
  type OutlineEntry,
  type Section,
  type Task,
} from "@minsheng/core";
import type { SourceLine } from "./_lib/SourceLine";
import { decodeBytes } from "./_lib/decode/decodeBytes";
import { sha256Hex } from "./_lib/hash/sha256Hex";
import { internStrings } from "./_lib/internStrings";
import { rowsToSourceLines, toSourceLines } from "./_lib/lines";
import { assignUnitIds } from "./identity/assignUnitIds";
import { assignCityItemKeys } from "./identity/cityItemKey";
import { readSections } from "./readSections";

/** Options of {@link parseText}, {@link parseBytes} and {@link parseRows}. */
export interface ParseOptions {
  /** Where the document came from; becomes `source.path`. Default `"<text>"`. */
  readonly path?: string;
}

type Report = Omit<Diagnostic, "severity"> & { severity?: Diagnostic["severity"] };

const SEVERITY: Partial<Record<Diagnostic["code"], Diagnostic["severity"]>> = {
  invalid_encoding: "error",
  binary_content: "error",
  layout_unknown: "error",
  truncated_task: "warning",
  unclassified_line: "warning",
};

// A single bounded class: linear even on the 4,500-space line of one seed.
const LONG_SPACE_RUN = /[ \t\u3000]{50,}/;
const LONG_SPACE_RUN_MIN = 50;

/** Builds the document from source lines: the one path every entry point takes. */
function parseLines(
  lines: readonly SourceLine[],
  source: { path: string; sha256: string; encoding: string },
  early: readonly Diagnostic[],
): Document {
  const diagnostics: Diagnostic[] = [...early];
  const report = (d: Report) =>
    diagnostics.push({ ...d, severity: d.severity ?? SEVERITY[d.code] ?? "info" });
  // Indexed by line number: the first reader to claim a line names its role.
  const roles: (LineMark | undefined)[] = new Array<LineMark | undefined>(lines.length + 1);
  const mark = (start: number, end: number, role: LineRole, section: number | null = null) => {
    const m: LineMark = { role, section };
    for (let n = start; n <= end; n++) if (roles[n] === undefined) roles[n] = m;
  };

  // The loops over every line or task here are indexed: this runs once per document, largely before
  // V8 optimizes it, and a for-of that is not optimized allocates an iterator result per step (at
  // 100 MB, millions of them, all to be collected).
  // Runs of hundreds of spaces (PDF layout debris) are collapsed before any reading; say where.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    // Such a run folds to one space or none, so only a line at least 49 shorter once folded holds one.
    if (l.raw.length - l.text.length < LONG_SPACE_RUN_MIN - 1) continue;
    const run = LONG_SPACE_RUN.exec(l.raw);
    if (run)
      report({
        code: "whitespace_collapsed",
        message: `Line ${l.no} holds a run of ${run[0].length} spaces; collapsed to one.`,
        line: l.no,
      });
  }
  const read = readSections(lines, { mark: (s, e, r) => mark(s, e, r), report });
  const meta = read.meta;
  const firstTaskLine = read.sections.find((s) => s.tasks.length)?.tasks[0]?.span.startLine ?? Infinity;
  for (const n of meta.titleLines) mark(n, n, "title");
  for (const n of meta.metaLines) mark(n, n, "meta");
  const sections: Section[] = read.sections;
  for (let i = 0; i < sections.length; i++) {
    const tasks = (sections[i] as Section).tasks;
    for (let k = 0; k < tasks.length; k++) {
      const span = (tasks[k] as Task).span;
      mark(span.startLine, span.endLine, "task", i);
    }
  }
  // Front matter the layouts left: the addressee, the covering sentence, the signature.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    if (l.no < firstTaskLine && l.text && roles[l.no] === undefined) mark(l.no, l.no, "note");
  }

  if (!lines.some((l) => l.text))
    report({ code: "empty_document", severity: "warning", message: "The document has no text.", line: null });
  else if (!sections.length)
    report({
      code: "layout_unknown",
      message: "No numbered tasks, task table or task list was recognised in the document.",
      line: null,
    });

  // Every non-blank line is accounted for: what no reader claimed is named, line by line.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as SourceLine;
    if (!l.text || roles[l.no] !== undefined) continue;
    report({
      code: "unclassified_line",
      message: `Line ${l.no} was not read as part of any task: “${l.text.slice(0, 40)}”.`,
      line: l.no,
    });
  }

  const doc: Document = {
    schema: DOCUMENT_SCHEMA_ID,
    source: { ...source, lines: lines.length },
    title: meta.title,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    issued: meta.issued,
    sections,
    outline: toOutline(roles),
    diagnostics: [],
  };
  const withIds = internStrings(assignCityItemKeys(assignUnitIds(doc, report)));
  withIds.diagnostics = diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return withIds;
}

/** How a line was read, and in which section. */
interface LineMark {
  readonly role: LineRole;
  readonly section: number | null;
}

function toOutline(roles: readonly (LineMark | undefined)[]): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  for (let n = 0; n < roles.length; n++) {
    const r = roles[n];
    if (r === undefined) continue;
    const last = out[out.length - 1];
    if (last && last.endLine === n - 1 && last.role === r.role && last.section === r.section)
      last.endLine = n;
    else out.push({ startLine: n, endLine: n, role: r.role, section: r.section });
  }
  return out;
}

/**
 * Parses a document's text into the minsheng model. Pure and synchronous; never throws on text:
 * whatever it cannot read becomes a diagnostic naming the line.
 *
 * @param text - the document as text (a PDF/Word/web export of a 进展情况表, 完成情况, 项目 list, 通知…)
 * @param options - `path` becomes `source.path`
 * @returns the document: sections of tasks with units, deadlines, figures and progress, and diagnostics
 *
 * @example
 * ```ts
 * import { parseText } from "@minsheng/parsers";
 * const doc = parseText("东城区 2024 年重要民生实事项目\n1.新增幼儿托位 600 个。\n完成时限：2024 年 12 月底\n主责单位：区教委\n");
 * doc.sections[0]?.tasks[0]?.deadline?.date; //=> "2024-12-31"
 * doc.sections[0]?.tasks[0]?.targets[0]?.value; //=> 600
 * ```
 */
export function parseText(text: string, options: ParseOptions = {}): Document {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return parseLines(
    toSourceLines(clean),
    { path: options.path ?? "<text>", sha256: sha256Hex(text), encoding: "utf-8" },
    [],
  );
}

/**
 * Parses a document's bytes: detects the encoding (UTF-8 with or without BOM, UTF-16 LE/BE with
 * BOM, GB18030/GBK), then parses the text. Undecodable bytes become diagnostics, not garbage.
 *
 * @param bytes - the file's content
 * @param options - `path` becomes `source.path`
 * @returns the document; `source.encoding` says which encoding was detected
 *
 * @example
 * ```ts
 * import { parseBytes } from "@minsheng/parsers";
 * const doc = parseBytes(new TextEncoder().encode("1.新增幼儿托位 600 个。\n主责单位：区教委\n2.建成 5 个示范项目。\n"));
 * doc.source.encoding; //=> "utf-8"
 * doc.sections[0]?.tasks.length; //=> 2
 * ```
 */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Document {
  const path = options.path ?? "<bytes>";
  const decoded = decodeBytes(bytes);
  const early: Diagnostic[] = [];
  if (decoded.binary) {
    early.push({
      code: "binary_content",
      severity: "error",
      message: `${path} looks like binary data, not text.`,
      line: null,
    });
    return parseLines([], { path, sha256: sha256Hex(bytes), encoding: decoded.encoding }, early);
  }
  if (decoded.encoding !== "utf-8")
    early.push({
      code: "encoding_detected",
      severity: "info",
      message: `Decoded as ${decoded.encoding}.`,
      line: null,
    });
  for (const line of decoded.invalidLines)
    early.push({
      code: "invalid_encoding",
      severity: "error",
      message: `Line ${line} holds bytes that are not valid text; they were dropped.`,
      line,
    });
  return parseLines(
    toSourceLines(decoded.text),
    { path, sha256: sha256Hex(bytes), encoding: decoded.encoding },
    early,
  );
}

/**
 * Parses a table handed over as rows of cells (from html, docx, xlsx or pdf readers): each row is
 * one source "line" and keeps its cells, so wrapped cells need no repair.
 *
 * @param rows - the rows in document order; a paragraph outside a table is a one-cell row
 * @param options - `path` becomes `source.path`; `encoding` names the input format (html, docx…)
 * @returns the document; spans count rows
 *
 * @example
 * ```ts
 * import { parseRows } from "@minsheng/parsers";
 * const doc = parseRows([
 *   ["大兴区2024年度市实事任务进展情况"],
 *   ["序号", "任务来源", "任务内容", "主责单位", "完成时限", "任务进度", "进展情况"],
 *   ["1", "市民生实事第2项", "推进通学公交试点。", "区教委", "2024-12-31", "已完成", "已开通57条通学公交路线。"],
 * ]);
 * doc.sections[0]?.tasks[0]?.progress?.status; //=> "completed"
 * ```
 */
export function parseRows(
  rows: readonly (readonly string[])[],
  options: ParseOptions & { readonly encoding?: string } = {},
): Document {
  const text = rows.map((r) => r.join("\t")).join("\n");
  return parseLines(
    rowsToSourceLines(rows),
    { path: options.path ?? "<rows>", sha256: sha256Hex(text), encoding: options.encoding ?? "rows" },
    [],
  );
}
