import type { Programme } from "@minsheng/core";
import { toHalfWidth } from "../../_lib/text/toHalfWidth";
import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";

/** A city item cited at the start of a task or in a 任务来源 cell. @internal */
export interface CityItemCitation {
  readonly programme: Programme;
  readonly number: number;
  /** What follows the citation (the item's quoted text), trimmed of the separator. */
  readonly rest: string;
  /** The citation as written (市实事第 1 项). */
  readonly marker: string;
}

// 市实事第 1 项 / 市民生实事第1项 / 市重要民生实事第3项 / 市重点任务第 8 项 / 市政府工作报告重点任务第12项.
// Every gap is bounded; the leading part is anchored to the start of the cell.
const CITATION =
  /^[ \t\u3000]{0,3}(?:<[a-z]{1,3}>[ \t\u3000]{0,3})?(市(?:政府)?(?:工作报告)?(?:重要)?(?:民生)?(?:实事|重点任务|重点工作)(?:项目|任务)?)[ \t\u3000]{0,3}第[ \t\u3000]{0,3}([0-9\uff10-\uff19]{1,4}|[一二三四五六七八九十百零〇两]{1,8})[ \t\u3000]{0,3}[项条号][ \t\u3000]{0,3}[：:，,、.．]?[ \t\u3000]{0,3}/;

/**
 * Reads a city-item citation at the start of a text: 市实事第 N 项 → livelihood N; 市重点任务第 N 项 → work-report N.
 * @internal
 */
export function readCityItemCitation(text: string): CityItemCitation | null {
  const m = CITATION.exec(text);
  if (!m) return null;
  const number = citedNumber(m[2] ?? "");
  if (number === null) return null;
  const programme = programmeOfWord(m[1] ?? "") ?? "livelihood";
  return { programme, number, rest: text.slice(m[0].length).trim(), marker: m[0].trim() };
}

// …建设老年助餐点15个（对应市级第5项） · …（市实事第3项）。 The citation closes the text, in brackets;
// 市级 names no programme, so the document's title has to. Every gap is bounded.
const TRAILING_CITATION =
  /[（(][ \t\u3000]{0,3}(?:对应|落实|承接|涉及)?[ \t\u3000]{0,3}(市(?:级|政府)?(?:工作报告)?(?:重要)?(?:民生)?(?:实事|重点任务|重点工作)?(?:项目|任务)?)[ \t\u3000]{0,3}第[ \t\u3000]{0,3}([0-9\uff10-\uff19]{1,4}|[一二三四五六七八九十百零〇两]{1,8})[ \t\u3000]{0,3}[项条号][ \t\u3000]{0,3}[）)][ \t\u3000。.；;]{0,3}$/;

/**
 * Reads a city-item citation in brackets at the end of a task text (`…15个（对应市级第5项）`). A
 * citation that names its programme (市实事, 市重点任务) is read as it names it; one that names
 * none (市级第 5 项) is read as `programme`, the programme the document's title names, and not at
 * all when that is null. `rest` is the text before the brackets.
 * @internal
 */
export function readTrailingCityItemCitation(
  text: string,
  programme: Programme | null,
): CityItemCitation | null {
  // Most texts end with no closing bracket (or hold no 第): they are not searched.
  if (!endsWithClosingBracket(text) || !text.includes("第")) return null;
  const m = TRAILING_CITATION.exec(text);
  if (!m) return null;
  const number = citedNumber(m[2] ?? "");
  const cited = programmeOfWord(m[1] ?? "") ?? programme;
  if (number === null || cited === null) return null;
  return { programme: cited, number, rest: text.slice(0, m.index).trim(), marker: m[0].trim() };
}

// A 任务来源 / 对应市实事 cell that is nothing but the citation, written loosely: 市实事5 ·
// 对应市级民生实事第12项 · 市级第5项 · 第5项. Read on the folded cell, without spaces. A bare number
// is not read: in a row whose cells slid one column, it is the row's own number.
const SOURCE_CELL =
  /^[（(]?(?:对应|落实|承接|涉及)?(?:(市(?:级|政府)?(?:工作报告)?(?:重要)?(?:民生)?(?:实事|重点任务|重点工作)?(?:项目|任务)?)第?(\d{1,3}|[一二三四五六七八九十百两]{1,6})[项条号]?|第(\d{1,3}|[一二三四五六七八九十百两]{1,6})[项条号])[）)]?$/;
const SOURCE_CELL_MAX = 24;

/**
 * Reads a source cell (任务来源, 对应市实事) that holds only a city-item citation, written loosely:
 * `市实事5`, `对应市级民生实事第12项`, `市级第5项` or `第5项` (not a bare `5`). A citation that names its
 * programme is read as it names it; one that names none as `programme` (the document's), and not at
 * all when that is null. For a cell that goes on with the item's text, see
 * {@link readCityItemCitation}.
 * @internal
 *
 * @example
 * ```ts
 * readSourceCellCitation("市实事5", null)?.number; //=> 5
 * readSourceCellCitation("对应市级民生实事第12项", null)?.programme; //=> "livelihood"
 * readSourceCellCitation("第3项", "work-report")?.programme; //=> "work-report"
 * readSourceCellCitation("5", "livelihood"); //=> null
 * ```
 */
export function readSourceCellCitation(cell: string, programme: Programme | null): CityItemCitation | null {
  if (cell.length > SOURCE_CELL_MAX * 2) return null;
  const folded = toHalfWidth(cell).replace(/\s+/g, "");
  if (folded.length > SOURCE_CELL_MAX) return null;
  const m = SOURCE_CELL.exec(folded);
  if (!m) return null;
  const number = citedNumber(m[2] ?? m[3] ?? "");
  const cited = programmeOfWord(m[1] ?? "") ?? programme;
  if (number === null || cited === null) return null;
  return { programme: cited, number, rest: "", marker: cell.trim() };
}

/** Words of the work-report programme (市政府工作报告重点任务); 实事 names the livelihood one. */
const WORK_REPORT = /重点任务|重点工作|工作报告/;

/** The programme a citation's word names (市实事, 市重点任务), or null (市级). */
function programmeOfWord(word: string): Programme | null {
  if (WORK_REPORT.test(word)) return "work-report";
  return word.includes("实事") ? "livelihood" : null;
}

/**
 * The one programme a title names: 民生实事 → livelihood; 重点任务, 重点工作 or 工作报告 →
 * work-report; null when it names neither, or both (…民生实事和重点任务分工…).
 * @internal
 *
 * @example
 * ```ts
 * programmeOfTitle("平谷区落实2024年市政府重要民生实事项目任务清单"); //=> "livelihood"
 * ```
 */
export function programmeOfTitle(title: string): Programme | null {
  const workReport = WORK_REPORT.test(title);
  const livelihood = title.includes("实事");
  return workReport === livelihood ? null : workReport ? "work-report" : "livelihood";
}

/** Whether the text's last character, spaces and up to three stops aside, closes a bracket. */
function endsWithClosingBracket(text: string): boolean {
  let k = text.length - 1;
  for (let skipped = 0; k >= 0 && skipped < 3 && "。.；; \t\u3000".includes(text.charAt(k)); skipped++) k--;
  const c = text.charAt(k);
  return c === "）" || c === ")";
}

/** The item number a citation writes (12, １２, 十二), or null when it is not a positive one. */
function citedNumber(written: string): number | null {
  const numText = toHalfWidth(written);
  const number = /^\d+$/.test(numText) ? Number(numText) : decodeChineseInteger(numText);
  return number === null || number <= 0 ? null : number;
}
