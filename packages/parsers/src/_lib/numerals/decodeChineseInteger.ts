// Chinese integer words → numbers: 四十一 → 41, 一百二十三 → 123, 两万 → 20000, 二〇二四 → 2024.
// Hand-written because the candidates fail on the seeds' own phrases (see design/LIBRARIES.md).

const DIGITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    零: 0,
    〇: 0,
    一: 1,
    壹: 1,
    二: 2,
    贰: 2,
    两: 2,
    三: 3,
    叁: 3,
    四: 4,
    肆: 4,
    五: 5,
    伍: 5,
    六: 6,
    陆: 6,
    七: 7,
    柒: 7,
    八: 8,
    捌: 8,
    九: 9,
    玖: 9,
  }),
);
const SMALL: ReadonlyMap<string, number> = new Map(
  Object.entries({ 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }),
);
const BIG: ReadonlyMap<string, number> = new Map(Object.entries({ 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }));

/** Characters that can appear in a Chinese integer word. @internal */
export const CHINESE_INTEGER_CHARS = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億";

/**
 * Decodes a Chinese integer word. Digit strings without place words (二〇二四) read digit by digit.
 * Returns null when the word is not a well-formed integer.
 * @internal
 */
export function decodeChineseInteger(word: string): number | null {
  if (!word) return null;
  let positional = true;
  for (const ch of word) if (!DIGITS.has(ch)) positional = false;
  // 三四 / 两三 mean "three or four" / "two or three", not 34 or 23: digit-by-digit reading needs
  // a 〇/零 or at least three digits (二〇二四, 二零二四).
  if (positional && word.length === 2 && !/[〇零]/.test(word)) return null;
  if (positional) {
    if (word.length === 1) return DIGITS.get(word) ?? null;
    let n = 0;
    for (const ch of word) n = n * 10 + (DIGITS.get(ch) ?? 0);
    return n;
  }
  let total = 0; // completed 亿/万 groups
  let group = 0; // current group below 万
  let digit: number | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let cap = Infinity; // after 零, the next place word must be below the skipped place
  for (const ch of word) {
    const d = DIGITS.get(ch);
    if (d !== undefined) {
      if (digit !== null && d !== 0) return null; // 三四 inside a place-word number
      digit = d === 0 ? null : d;
      if (d === 0) {
        // 一千零五十 ok, 一万零三千 not; after 亿 the whole 万 group may be skipped: 三亿零一千
        cap = lastSmall === Infinity ? (lastBig === 1e8 ? 1e4 : 1000) : lastSmall / 10;
        lastSmall = Infinity;
      }
      continue;
    }
    const small = SMALL.get(ch);
    if (small !== undefined) {
      if (small >= lastSmall || small >= cap) return null;
      group += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
      continue;
    }
    const big = BIG.get(ch);
    if (big !== undefined) {
      if (big >= lastBig && !(big === 1e4 && lastBig === 1e8)) return null;
      const value = group + (digit ?? 0);
      if (value === 0 && total === 0) return null;
      if (big === 1e8) total = (total + value) * big;
      else total += value * big;
      group = 0;
      digit = null;
      lastSmall = Infinity;
      cap = Infinity;
      lastBig = big;
      continue;
    }
    return null;
  }
  // 一万五 / 三千五: a trailing digit after a place word counts one place below it (口语省略).
  if (digit !== null && lastSmall !== Infinity && lastSmall >= 100 && !word.includes("零")) {
    group += digit * (lastSmall / 10);
    digit = null;
  } else if (
    digit !== null &&
    lastSmall === Infinity &&
    lastBig !== Infinity &&
    group === 0 &&
    !word.includes("零")
  ) {
    group += digit * (lastBig / 10);
    digit = null;
  }
  return total + group + (digit ?? 0);
}
