// What a figure counts, when the text says it: the noun after a measure word (1600 张养老家庭照护床位)
// or, when nothing follows, the noun before the figure (新增停车位 1 万个). Heuristic and bounded: a
// subject is 2–16 characters of words, cut at verbs and function words; null when unclear.

import {
  LATIN_LETTER_CHARS,
  codeFlags,
  flagsAt,
  includesCode,
  skipSpaces,
  skipSpacesBack,
} from "./charClasses";
import { byFirstChar, byLastChar, filedUnder, wordAt, wordEndingAt } from "./wordIndex";

const GONG = "共".charCodeAt(0);
const DE = "的".charCodeAt(0);
const MAX_SUBJECT = 16;
const MIN_SUBJECT = 2;
/**
 * Words that end a subject read forwards (the noun is over when a verb or a link word comes).
 *
 * @example
 * ```ts
 * STOP_AFTER.includes("进行");
 * //=> true
 * ```
 * @internal
 */
export const STOP_AFTER: readonly string[] = [
  "的",
  "和",
  "及",
  "与",
  "并",
  "或",
  "等",
  "转",
  "已",
  "进行",
  "开展",
  "安装",
  "提供",
  "实施",
  "进入",
  "实现",
  "完成",
  "满足",
  "帮助",
  "更换",
  "加装",
  "建设",
  "创建",
  "投入",
  "通过",
  "开通",
  "全覆盖",
];
/**
 * Words before a figure after which its subject starts (新增停车位 → 停车位).
 *
 * @example
 * ```ts
 * CUT_BEFORE.includes("新增");
 * //=> true
 * ```
 * @internal
 */
export const CUT_BEFORE: readonly string[] = [
  "新签约",
  "新培训",
  "其中",
  "新增",
  "新建",
  "新开",
  "签约",
  "建成",
  "建设",
  "完成",
  "改造",
  "开展",
  "推进",
  "更新",
  "换装",
  "安装",
  "创建",
  "优化",
  "调整",
  "举办",
  "组织",
  "提供",
  "培训",
  "安置",
  "实施",
  "排查",
  "开通",
  "扩充",
  "扩增",
  "累计",
  "共计",
  "全年",
  "达到",
  "保持",
  "确保",
  "实现",
  "其中",
  "发放",
  "支出",
  "惠及",
  "受理",
  "办理",
  "配备",
  "开发",
  "建立",
  "修缮",
  "腾退",
  "拆除",
  "清理",
  "整治",
  "提升",
  "以下",
  "以上",
  "不少于",
  "不低于",
  "至少",
  "超过",
  "不超过",
  "不高于",
  "约",
  "力争",
  "达",
  "的",
  "和",
  "及",
  "等",
];

/**
 * Verbs that end the words before a figure when they do not name what is counted.
 *
 * @example
 * ```ts
 * ENDS_WITH_VERB.includes("开展");
 * //=> true
 * ```
 * @internal
 */
export const ENDS_WITH_VERB: readonly string[] = ["开展", "按照", "完成", "销账", "达", "共"];

/** The longest cut word: one that starts further back than this cannot end after a cut found. */
const LONGEST_CUT = CUT_BEFORE.reduce((n, w) => Math.max(n, w.length), 0);
/** The longest word that says what is done (DONE_BY_LAST_CHAR). */
const LONGEST_DONE = [...CUT_BEFORE, ...ENDS_WITH_VERB].reduce((n, w) => Math.max(n, w.length), 0);

const STOP_BY_FIRST_CHAR = byFirstChar(STOP_AFTER);
const CUT_BY_FIRST_CHAR = byFirstChar(CUT_BEFORE);
/** Words that, ending the words before a figure, say what is done: CUT_BEFORE and ENDS_WITH_VERB. */
const DONE_BY_LAST_CHAR = byLastChar([...CUT_BEFORE, ...ENDS_WITH_VERB]);

// One table for the subject loops: a single read per character says whether it may be part of a
// subject, whether it is a stop word or a cut word by itself (的, 约…), whether it may start (or be
// the second character of) a longer one, and whether a word saying what is done may end with it.
const SUBJECT_CHAR = 1;
const STOP_START = 2;
const STOP_WORD = 4;
const CUT_WORD = 8;
const CUT_START = 16;
const CUT_SECOND = 32;
const DONE_END = 64;
const longCutWords = CUT_BEFORE.filter((w) => w.length > 1);
/** The characters at `at` of the words (those long enough). */
const charsAt = (words: readonly string[], at: number): string => words.map((w) => w.charAt(at)).join("");
const SUBJECT_FLAGS = codeFlags(
  [
    // subjects are CJK ideographs (the range) and Latin letters: digits, clause ends and the
    // characters that break a subject (、（）“”《》【】/|·…—~% and their ASCII forms) lie outside
    [SUBJECT_CHAR, LATIN_LETTER_CHARS],
    [STOP_START, charsAt([...STOP_AFTER, "共"], 0)],
    [STOP_WORD, STOP_AFTER.filter((w) => w.length === 1).join("")],
    [CUT_WORD, CUT_BEFORE.filter((w) => w.length === 1).join("")],
    [CUT_START, charsAt(longCutWords, 0)],
    [CUT_SECOND, charsAt(longCutWords, 1)],
    [DONE_END, [...CUT_BEFORE, ...ENDS_WITH_VERB].map((w) => w.slice(-1)).join("")],
  ],
  [SUBJECT_CHAR, 0x3400, 0x9fff],
);

/**
 * The subject of a figure: the words after its measure word, else the words before it.
 *
 * @param text - The text
 * @param start - Index where the figure's words start (comparator included)
 * @param end - Index after the figure's words
 * @param unit - Its measure word ("" when none)
 * @param floor - Where the words before may start at the earliest (the end of the previous figure)
 * @returns What is counted, or null when the text does not say it clearly
 *
 * @example
 * ```ts
 * findSubject("新签约 1600 张养老家庭照护床位，满足", 4, 10, "张");
 * //=> "养老家庭照护床位"
 * ```
 * @internal
 */
export function findSubject(
  text: string,
  start: number,
  end: number,
  unit: string,
  floor = 0,
): string | null {
  if (unit !== "%") {
    const after = subjectAfter(text, end);
    if (after !== null) return after;
  }
  return subjectBefore(text, start, floor);
}

/** Stop words end a subject; 共 too (54 个单位共开展), unless it starts a word (共享, 共同, 共建). */
function isStopAt(text: string, k: number, flags: number): boolean {
  if ((flags & STOP_WORD) !== 0) return true;
  if (text.charCodeAt(k) === GONG)
    return k + 1 < text.length && !includesCode("享同建治有", text.charCodeAt(k + 1));
  return wordAt(STOP_BY_FIRST_CHAR, text, k) !== null;
}

function subjectAfter(text: string, end: number): string | null {
  const from = skipSpaces(text, end, 2, false);
  let k = from;
  while (k - from < MAX_SUBJECT) {
    const flags = flagsAt(SUBJECT_FLAGS, text, k);
    if ((flags & SUBJECT_CHAR) === 0) break;
    if ((flags & STOP_START) !== 0 && isStopAt(text, k, flags)) {
      if (k === from) return null;
      break;
    }
    k++;
  }
  return k - from >= MIN_SUBJECT ? text.slice(from, k) : null;
}

function subjectBefore(text: string, start: number, floor: number): string | null {
  let to = skipSpacesBack(text, start, 2);
  if (text.charCodeAt(to - 1) === DE) to--; // 总工作量的 90% → 总工作量
  // a subject is at most MAX_SUBJECT characters after the last cut word: words further back than
  // that and one cut word cannot change it
  const low = Math.max(floor, to - (MAX_SUBJECT + LONGEST_CUT));
  // the words are text[k, to): indexes into the text, sliced only once they are the subject; the
  // walk back also finds where the last cut word ends (新增停车位 → after 新增), in the same pass
  let k = to;
  let cut = -1;
  let next = 0; // the flags of text[k + 1], read the step before
  let last = 0; // the flags of text[to - 1]
  while (k > low) {
    const flags = flagsAt(SUBJECT_FLAGS, text, k - 1);
    if ((flags & SUBJECT_CHAR) === 0) break;
    k--;
    // a cut word starting at k and ending before `to`: one character (约, 的), or a longer word,
    // looked up only when the next character may be its second
    if (k + 1 < to) {
      if ((flags & CUT_WORD) !== 0) cut = Math.max(cut, k + 1);
      if ((flags & CUT_START) !== 0 && (next & CUT_SECOND) !== 0)
        cut = Math.max(cut, cutWordEnd(text, k, to));
    }
    if (k === to - 1) last = flags;
    next = flags;
    // once no cut word starting further back could end after the one found, and the words reach
    // back past any done word, the rest of the walk would change nothing
    if (cut >= k - 1 + LONGEST_CUT && k <= to - LONGEST_DONE) break;
  }
  if (to - k < MIN_SUBJECT) return null;
  // words that end in a verb or a link word say what is done, not what is counted (共开展 140 次)
  if ((last & DONE_END) !== 0 && wordEndingAt(DONE_BY_LAST_CHAR, text, to, k) !== null) return null;
  const from = Math.max(cut, k);
  return to - from >= MIN_SUBJECT && to - from <= MAX_SUBJECT ? text.slice(from, to) : null;
}

/** The end of the longest cut word starting at `p` and ending before `to`, or -1. */
function cutWordEnd(text: string, p: number, to: number): number {
  let end = -1;
  for (const w of filedUnder(CUT_BY_FIRST_CHAR, text.charCodeAt(p))) {
    const wordEnd = p + w.length;
    if (wordEnd > end && wordEnd < to && text.startsWith(w, p)) end = wordEnd;
  }
  return end;
}
