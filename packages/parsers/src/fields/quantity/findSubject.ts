// What a figure counts, when the text says it: the noun after a measure word (1600 张养老家庭照护床位)
// or, when nothing follows, the noun before the figure (新增停车位 1 万个). Heuristic and bounded: a
// subject is 2–16 characters of words, cut at verbs and function words; null when unclear.

import { includesCode, isLatinLetterCode, skipSpaces, skipSpacesBack } from "./charClasses";
import { byFirstChar, byLastChar, filedUnder, wordAt, wordEndingAt } from "./wordIndex";

const GONG = "共".charCodeAt(0);
const DE = "的".charCodeAt(0);
const MAX_SUBJECT = 16;
const MIN_SUBJECT = 2;
/** Words that end a subject read forwards (the noun is over when a verb or a link word comes). */
const STOP_AFTER: readonly string[] = [
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
/** Words before a figure after which its subject starts (新增停车位 → 停车位). */
const CUT_BEFORE: readonly string[] = [
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

/** Verbs that end the words before a figure when they do not name what is counted. */
const ENDS_WITH_VERB: readonly string[] = ["开展", "按照", "完成", "销账", "达", "共"];

const STOP_BY_FIRST_CHAR = byFirstChar(STOP_AFTER);
const CUT_BY_FIRST_CHAR = byFirstChar(CUT_BEFORE);
/** Words that, ending the words before a figure, say what is done: CUT_BEFORE and ENDS_WITH_VERB. */
const DONE_BY_LAST_CHAR = byLastChar([...CUT_BEFORE, ...ENDS_WITH_VERB]);

/**
 * Subjects are CJK ideographs and Latin letters. Digits, clause ends and the characters that break
 * a subject (、（）“”《》【】/|·…—~% and their ASCII forms) all lie outside these ranges.
 */
function isSubjectCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || isLatinLetterCode(code);
}

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

/** 共 ends a subject (54 个单位共开展) unless it starts a word (共享, 共同, 共建). */
function isStopAt(text: string, k: number): boolean {
  if (text.charCodeAt(k) === GONG)
    return k + 1 < text.length && !includesCode("享同建治有", text.charCodeAt(k + 1));
  return wordAt(STOP_BY_FIRST_CHAR, text, k) !== null;
}

function subjectAfter(text: string, end: number): string | null {
  const from = skipSpaces(text, end, 2, false);
  let k = from;
  while (k - from < MAX_SUBJECT && isSubjectCode(text.charCodeAt(k))) {
    if (isStopAt(text, k)) {
      if (k === from) return null;
      break;
    }
    k++;
  }
  const words = text.slice(from, k);
  return words.length >= MIN_SUBJECT ? words : null;
}

function subjectBefore(text: string, start: number, floor: number): string | null {
  let to = skipSpacesBack(text, start, 2);
  if (text.charCodeAt(to - 1) === DE) to--; // 总工作量的 90% → 总工作量
  let k = to;
  while (to - k < MAX_SUBJECT + 8 && k > floor && isSubjectCode(text.charCodeAt(k - 1))) k--;
  // the words are text[k, to): indexes into the text, sliced only once they are the subject
  if (to - k < MIN_SUBJECT) return null;
  // words that end in a verb or a link word say what is done, not what is counted (共开展 140 次)
  if (wordEndingAt(DONE_BY_LAST_CHAR, text, to, k) !== null) return null;
  // cut after the last verb or link word (one that does not end the words)
  let cut = k;
  for (let p = k; p < to; p++) {
    for (const w of filedUnder(CUT_BY_FIRST_CHAR, text.charCodeAt(p))) {
      const wordEnd = p + w.length;
      if (wordEnd > cut && wordEnd < to && text.startsWith(w, p)) cut = wordEnd;
    }
  }
  return to - cut >= MIN_SUBJECT && to - cut <= MAX_SUBJECT ? text.slice(cut, to) : null;
}
