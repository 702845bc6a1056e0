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
  const word = m[1] ?? "";
  const numText = toHalfWidth(m[2] ?? "");
  const number = /^\d+$/.test(numText) ? Number(numText) : decodeChineseInteger(numText);
  if (number === null || number <= 0) return null;
  const programme: Programme = /重点任务|重点工作|工作报告/.test(word) ? "work-report" : "livelihood";
  return { programme, number, rest: text.slice(m[0].length).trim(), marker: m[0].trim() };
}
