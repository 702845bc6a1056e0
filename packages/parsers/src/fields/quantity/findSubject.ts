// What a figure counts, when the text says it: the noun after a measure word (1600 张养老家庭照护床位)
// or, when nothing follows, the noun before the figure (新增停车位 1 万个). Heuristic and bounded: a
// subject is 2–16 characters of words, cut at verbs and function words; null when unclear.

import { isClauseEnd, isDigit, isLatinLetter, skipSpaces, skipSpacesBack } from "./charClasses";

const MAX_SUBJECT = 16;
const MIN_SUBJECT = 2;
/** Characters that never belong to a subject. */
const BREAKS = new Set([..."、（）()“”\"'‘’《》〈〉【】[]<>/／|·…—-－~～%％"]);
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

function isSubjectChar(ch: string | undefined): boolean {
  if (ch === undefined || isDigit(ch) || isClauseEnd(ch) || BREAKS.has(ch)) return false;
  if (isLatinLetter(ch)) return true;
  const code = ch.charCodeAt(0);
  return code >= 0x3400 && code <= 0x9fff;
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
  if (text[k] === "共") return !"享同建治有".includes(text[k + 1] ?? "");
  return STOP_AFTER.some((w) => text.startsWith(w, k));
}

function subjectAfter(text: string, end: number): string | null {
  const from = skipSpaces(text, end, 2, false);
  let k = from;
  while (k - from < MAX_SUBJECT && isSubjectChar(text[k])) {
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
  if (text[to - 1] === "的") to--; // 总工作量的 90% → 总工作量
  let k = to;
  while (to - k < MAX_SUBJECT + 8 && k > floor && isSubjectChar(text[k - 1])) k--;
  let words = text.slice(k, to);
  // words that end in a verb or a link word say what is done, not what is counted (共开展 140 次)
  if (CUT_BEFORE.some((w) => words.endsWith(w)) || ENDS_WITH_VERB.some((w) => words.endsWith(w))) return null;
  // cut after the last verb or link word
  let cut = 0;
  for (let p = 0; p < words.length; p++) {
    for (const w of CUT_BEFORE)
      if (words.startsWith(w, p) && p + w.length > cut && p + w.length < words.length) cut = p + w.length;
  }
  words = words.slice(cut);
  return words.length >= MIN_SUBJECT && words.length <= MAX_SUBJECT ? words : null;
}
