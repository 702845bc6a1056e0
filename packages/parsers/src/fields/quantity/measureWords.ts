// Measure words (量词) that close a figure, longest first, and the words they start that are not
// measure words (项目 is not 项, 户外 is not 户).

import { includesCode } from "./charClasses";
import { byFirstChar, filedUnder } from "./wordIndex";

/**
 * Measure words the reader knows, longest first so that 人次 wins over 人 and 平方公里 over 公里.
 *
 * @example
 * ```ts
 * MEASURE_WORDS.includes("批次");
 * //=> true
 * ```
 * @internal
 */
export const MEASURE_WORDS: readonly string[] = [
  "个百分点",
  "平方公里",
  "平方千米",
  "平方米",
  "立方米",
  "百分点",
  "公里",
  "千米",
  "公顷",
  "平米",
  "人次",
  "家次",
  "项次",
  "亩次",
  "批次",
  "户次",
  "场次",
  "台次",
  "班次",
  "车次",
  "架次",
  "公斤",
  "千克",
  "千瓦",
  "大类",
  "件",
  "场",
  "期",
  "株",
  "棵",
  "栋",
  "座",
  "所",
  "名",
  "位",
  "张",
  "套",
  "台",
  "辆",
  "户",
  "处",
  "条",
  "个",
  "家",
  "块",
  "人",
  "次",
  "项",
  "米",
  "亩",
  "元",
  "吨",
  "间",
  "盏",
  "段",
  "份",
  "册",
  "幢",
  "%",
  "％",
  "‰",
].sort((a, b) => b.length - a.length);

/** Measure words that measure a continuous amount, so a decimal before them is likely (3.54公里). @internal */
export const CONTINUOUS_MEASURE_WORDS: ReadonlySet<string> = new Set([
  "平方公里",
  "平方千米",
  "平方米",
  "立方米",
  "公里",
  "千米",
  "公顷",
  "平米",
  "米",
  "亩",
  "元",
  "吨",
  "公斤",
  "千克",
  "千瓦",
  "%",
  "％",
  "‰",
]);

/** Measure words that count facilities: with 全区/辖区 before them they describe existing stock. @internal */
export const FACILITY_MEASURE_WORDS: ReadonlySet<string> = new Set([
  "家",
  "个",
  "所",
  "处",
  "座",
  "条",
  "栋",
]);

/** A measure word followed by one of these characters starts another word (项目, 户外, 台账). */
const NOT_BEFORE: Readonly<Record<string, string>> = {
  项: "目",
  户: "外籍口型",
  所: "有属需以在",
  场: "所馆景地",
  台: "账阶",
  处: "理置罚室长",
  人: "民员口均",
  名: "单额称义",
  期: "间限",
  条: "件例款",
  米: "线",
  个: "月",
  位: "于置",
  间: "隔",
  段: "落",
  份: "额",
};

/** A measure word as the reader looks it up: its unit and the characters that may not follow it. */
interface MeasureEntry {
  readonly word: string;
  /** The unit it reads as (％ reads as %). */
  readonly unit: string;
  /** Characters after the word that make it part of another word ("" when none). */
  readonly blocked: string;
}

/** MEASURE_WORDS by first character, longest first within each, with what each needs read once. */
const MEASURE_BY_FIRST_CHAR = byFirstChar(
  MEASURE_WORDS.map((word): MeasureEntry => ({
    word,
    unit: word === "％" ? "%" : word,
    blocked: NOT_BEFORE[word] ?? "",
  })),
  (entry) => entry.word,
);

/**
 * The measure word written at `at`, longest first; null when none is (or it starts another word).
 *
 * @param text - The text
 * @param at - Where the measure word would start
 * @returns The measure word and the index after it, or null
 *
 * @example
 * ```ts
 * matchMeasureWord("1600 张养老家庭照护床位", 5);
 * //=> { word: "张", end: 6 }
 * ```
 * @internal
 */
export function matchMeasureWord(text: string, at: number): { word: string; end: number } | null {
  for (const { word, unit, blocked } of filedUnder(MEASURE_BY_FIRST_CHAR, text.charCodeAt(at))) {
    // the first character is the one filed: a word of one character is written there
    if (word.length > 1 && !text.startsWith(word, at)) continue;
    const end = at + word.length;
    if (includesCode(blocked, text.charCodeAt(end))) return null;
    if (word === "个" && text.startsWith("工作日", end)) return null; // 5 个工作日: a duration
    return { word: unit, end };
  }
  return null;
}
