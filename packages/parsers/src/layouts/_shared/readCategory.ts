import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";
import { isWhitespaceCode } from "../../_lib/text/isWhitespaceCode";
import { toHalfWidth } from "../../_lib/text/toHalfWidth";

// 改善居住条件（4项） / 二、方便市民出行（5项） / 一、优化基本公共服务(5件) / （一）托育服务（共3项）.
// Marker, a short name without sentence punctuation, and a count in brackets at the end.
const CATEGORY =
  /^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.])? {0,2}([^。；;，,:：()]{2,24}?) {0,2}\( {0,2}(?:共|计)? {0,2}(\d{1,3}|[一二三四五六七八九十两]{1,4}) {0,2}(?:[项件个类条]|大项) {0,2}\)$/;

// The longest line CATEGORY can match: marker 5, name 24, count 4, unit 2, brackets 2, 共 1 and
// six gaps of 2. A longer line (most lines) is no category and is not folded.
const CATEGORY_MAX = 50;

/**
 * Reads a category line with its declared count (改善居住条件（4项） → name 改善居住条件, count 4).
 * @internal
 *
 * @example
 * ```ts
 * readCategory("二、方便市民出行（5项）"); //=> { name: "方便市民出行", declaredCount: 5 }
 * readCategory("新增托位1万个"); //=> null
 * ```
 */
export function readCategory(text: string): { name: string; declaredCount: number } | null {
  // A category line ends with its bracketed count: most lines end otherwise, told from their last
  // character before anything is trimmed or folded.
  let last = text.length - 1;
  while (last >= 0 && isWhitespaceCode(text.charCodeAt(last))) last--;
  const end = text.charCodeAt(last);
  if (end !== 0x29 && end !== 0xff09) return null;
  const t = text.trim();
  if (t.length > CATEGORY_MAX) return null;
  const m = CATEGORY.exec(toHalfWidth(t));
  if (!m) return null;
  const name = (m[1] ?? "").trim();
  const n = m[2] ?? "";
  const count = /^\d+$/.test(n) ? Number(n) : decodeChineseInteger(n);
  if (!name || count === null) return null;
  return { name, declaredCount: count };
}
