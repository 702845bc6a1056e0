import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";
import { toHalfWidth } from "../../_lib/text/toHalfWidth";

// 改善居住条件（4项） / 二、方便市民出行（5项） / 一、优化基本公共服务(5件) / （一）托育服务（共3项）.
// Marker, a short name without sentence punctuation, and a count in brackets at the end.
const CATEGORY =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.])? {0,2}([^。；;，,:：()]{2,24}?) {0,2}\( {0,2}(?:共|计)? {0,2}(\d{1,3}|[一二三四五六七八九十两]{1,4}) {0,2}(?:[项件个类条]|大项) {0,2}\)$/;

/**
 * Reads a category line with its declared count (改善居住条件（4项） → name 改善居住条件, count 4).
 * @internal
 */
export function readCategory(text: string): { name: string; declaredCount: number } | null {
  const m = CATEGORY.exec(toHalfWidth(text).trim());
  if (!m) return null;
  const name = (m[1] ?? "").trim();
  const n = m[2] ?? "";
  const count = /^\d+$/.test(n) ? Number(n) : decodeChineseInteger(n);
  if (!name || count === null) return null;
  return { name, declaredCount: count };
}
