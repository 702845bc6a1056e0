import type { Pace, Status } from "@minsheng/core";
import { halfWidthCode, toHalfWidth } from "../../_lib/text/toHalfWidth";
import { isWhitespaceCode } from "../../_lib/text/isWhitespaceCode";

/**
 * A stated status with the words it was read from, and a stated pace.
 *
 * @example
 * ```ts
 * const reading: StatusReading = { status: "completed", statusText: "已完成", pace: null };
 * ```
 */
export interface StatusReading {
  readonly status: Status | null;
  readonly statusText: string | null;
  readonly pace: Pace | null;
}

// Words, longest first inside each list so that 尚未启动 wins over 启动 and 提前完成 over 完成.
// A word counts only where the cell says it; negations (未完成, 没有完成) are not 完成.

/** @internal */
const NOT_STARTED = ["尚未启动", "尚未开始", "未启动", "未开始", "未开工"] as const;
/** @internal */
const IN_PROGRESS = [
  "按计划推进",
  "按序时推进",
  "正在推进",
  "序时推进",
  "持续推进",
  "正常推进",
  "推进缓慢",
  "推进中",
  "进行中",
  "实施中",
  "在建",
] as const;
/** @internal */
const COMPLETED = ["已全部完成", "全部完成", "提前完成", "超额完成", "已完成", "已完工", "完成"] as const;
/** @internal */
const AHEAD = ["提前完成", "超序时进度", "超出序时进度", "快于序时进度"] as const;
/** @internal */
const ON_SCHEDULE = ["按序时推进", "按序时进度推进", "正常推进", "序时推进", "符合序时进度"] as const;
/** @internal */
const BEHIND = [
  "推进缓慢",
  "进度滞后",
  "滞后于序时进度",
  "慢于序时进度",
  "滞后",
  "延期完成",
  "逾期完成",
  "超期完成",
] as const;
/** 完成80% · 完成总工作量的90%: a share of the work, not completion @internal */
const PARTIAL = /完成[^\d%。;；,，]{0,8}\d[\d.]{0,8}%/;
/** A yes, or a tick, as the whole cell: 是 · √ · ✓ · ✔ @internal */
const YES = /^[是√✓✔]$/;
/** A share done as the whole cell (a 完成比例 column): 80% · 100% · 37.5% @internal */
const SHARE_CELL = /^(\d{1,3}(?:\.\d{1,2})?)%$/;
/** Characters before 完成 that negate it: 未完成 · 尚未完成 · 没有完成 · 无法完成 @internal */
const NEGATORS = "未没无不";
/**
 * Words that may stand between a negator and 完成: 未按期完成 · 没能完成 · 没有完成 · 不能按时完成. Negated
 * through 按期/按时/如期/按计划, the task is also late. @internal
 */
const LATE_MODIFIERS: readonly string[] = ["按计划", "按期", "按时", "如期"];
const NEGATED_MODIFIERS: readonly string[] = [...LATE_MODIFIERS, "能", "有"];
/** Words right before 完成 that make it partial: 基本完成 · 部分完成 · 初步完成: under way, not done. @internal */
const PARTIAL_QUALIFIERS = ["基本", "部分", "初步", "大体", "大致"] as const;

/**
 * Reads a status CELL (任务进度 / 进度 / 是否完成 / 完成比例 column): 已完成/完成/全部完成, or 是/√ alone → `completed`;
 * 推进中/正在推进/序时推进/进行中/持续推进/按计划推进 → `in-progress`; 未启动/尚未启动/未开始 →
 * `not-started`. A share alone (a 完成比例 cell): 100% → `completed`, 0% → `not-started`, any other →
 * `in-progress`. A qualified completion (基本完成/部分完成/初步完成) is `in-progress`: the cell does
 * not say the work is done. A negated one (未完成/未按期完成/没能完成) states no status. Pace words:
 * 提前完成/超序时进度 → `ahead`; 按序时推进/正常推进/序时推进 → `on-schedule`;
 * 推进缓慢/滞后/进度滞后/延期完成, or a completion negated through 按期/按时/如期 → `behind`.
 *
 * `statusText` is the cell as written (whitespace collapsed) when a status or a pace was read,
 * null otherwise; a cell with words it does not know gives all nulls, and the caller reports it.
 * A pace word alone (滞后) states no status. Never throws; linear time.
 *
 * @category Fields
 * @param text - The status cell.
 * @returns The stated status and pace.
 *
 * @example
 * ```ts
 * readStatus("已完成");
 * //=> { status: "completed", statusText: "已完成", pace: null }
 * readStatus("按序时推进");
 * //=> { status: "in-progress", statusText: "按序时推进", pace: "on-schedule" }
 * readStatus("未完成");
 * //=> { status: null, statusText: null, pace: null }
 * ```
 */
export function readStatus(text: string): StatusReading {
  const written = text.replace(/\s+/g, " ").trim();
  const s = toHalfWidth(written).replace(/\s+/g, "");
  // A 是否完成 column answers 是 or ticks the cell; 否 states no status of the enum, as 未完成.
  if (YES.test(s)) return { status: "completed", statusText: written, pace: null };
  const shareCell = SHARE_CELL.exec(s);
  if (shareCell) {
    // 100% done is completed, 0% not started, any share between under way
    const done = Number(shareCell[1]);
    const status: Status = done >= 100 ? "completed" : done === 0 ? "not-started" : "in-progress";
    return { status, statusText: written, pace: null };
  }
  // 已完成80% / 完成总工作量的90% state a share done, so the task is under way, not completed.
  const share = PARTIAL.test(s);
  const completion = readCompletion(s);
  const status: Status | null = find(s, NOT_STARTED)
    ? "not-started"
    : !share && completion.done
      ? "completed"
      : share || completion.partial || find(s, IN_PROGRESS)
        ? "in-progress"
        : null;
  const pace: Pace | null =
    completion.late || find(s, BEHIND)
      ? "behind"
      : find(s, AHEAD)
        ? "ahead"
        : find(s, ON_SCHEDULE)
          ? "on-schedule"
          : null;
  if (status === null && pace === null) return { status: null, statusText: null, pace: null };
  return { status, statusText: written, pace };
}

/** A cell answering that the task is not done: 否 · × · 未完成 · 尚未完成 · 没有完成. @internal */
const NOT_DONE = /^(?:[否×✗✘]|尚?未能?完成|没有?能?完成)[。.!！]?$/;

/**
 * Whether a status cell answers that the task is not done (`否` in a 是否完成 column, `未完成`): the
 * cell is read, but states no status of the model's (neither in progress nor not started).
 *
 * @category Fields
 * @param text - The status cell.
 * @returns Whether it says only that the task is not done.
 *
 * @example
 * ```ts
 * readsNotDone("否"); //=> true
 * readsNotDone(" 未完成。"); //=> true
 * readsNotDone("见附件"); //=> false
 * ```
 */
export function readsNotDone(text: string): boolean {
  return NOT_DONE.test(toHalfWidth(text).replace(/\s+/g, ""));
}

/** Cells that state only the status: 已完成 · 已完成。 · 已全部完成！ · 已完成， @internal */
const ONLY_STATUS =
  /^(?:该项目|该任务|本项目|任务)?(?:已全部完成|已完成|全部完成|已完工|提前完成|已?超额完成|尚未启动|未启动|推进中|正在推进|按序时推进|序时推进)[。.!！;；，,]?$/;
/** The first sentence or clause of a cell and what ends it. @internal */
const FIRST_SENTENCE = /^[^。.!！;；，,]{1,12}[。.!！;；，,]/;

/**
 * Reads the status a PROGRESS cell (进展情况) states, if it states one: only when the cell says
 * nothing but the status (`已完成。`), or opens with a sentence or clause that is only the
 * status (`已完成。全年共…`, `已完成，共整治32个小区`). 已完成 inside a sentence about one step (`已完成 2 个…的选址工作`) is
 * not the task's status, and gives all nulls. Never throws; linear time.
 *
 * @category Fields
 * @param progressText - The progress narrative.
 * @returns The stated status, or all nulls when the narrative states none.
 *
 * @example
 * ```ts
 * readStatedStatus("已完成。");
 * //=> { status: "completed", statusText: "已完成。", pace: null }
 * readStatedStatus("已完成 2 个项目的选址工作。");
 * //=> { status: null, statusText: null, pace: null }
 * ```
 */
export function readStatedStatus(progressText: string): StatusReading {
  // Both patterns read at most the first 13 characters (spaces aside): a narrative with more is
  // read by its head, folded and without spaces character by character, rather than folded whole.
  const head = readHead(progressText);
  if (head.length > FIRST_SENTENCE_MAX) {
    // FIRST_SENTENCE needs a stop within its first 13 characters; most narratives have none.
    if (head.stop < 1 || head.stop >= FIRST_SENTENCE_MAX) return NO_STATUS;
    return statusOfFirstSentence(foldedHead(progressText, head.stop + 1), progressText);
  }
  const written = progressText.replace(/\s+/g, " ").trim();
  const s = toHalfWidth(written).replace(/\s+/g, "");
  if (ONLY_STATUS.test(s)) {
    const reading = readStatus(s);
    return reading.status === null ? NO_STATUS : { ...reading, statusText: written };
  }
  return statusOfFirstSentence(s, progressText);
}

/** The longest match of FIRST_SENTENCE (ONLY_STATUS matches shorter strings still). @internal */
const FIRST_SENTENCE_MAX = 13;
const NO_STATUS: StatusReading = { status: null, statusText: null, pace: null };

/**
 * Of `s = toHalfWidth(text).replace(/\s+/g, "")`: its length, counted up to 14, and where its
 * first sentence or clause stop (`。.!;,`, folded) stands among those characters (-1 when none does).
 * @internal
 */
function readHead(text: string): { readonly length: number; readonly stop: number } {
  let length = 0;
  let stop = -1;
  for (let i = 0; i < text.length && length <= FIRST_SENTENCE_MAX; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespaceCode(c)) continue;
    if (stop < 0 && isSentenceStop(halfWidthCode(c))) stop = length;
    length++;
  }
  return { length, stop };
}

/** `。` `.` `!` `;` `,` (`！` `；` `，` fold to `!` `;` `,`): what ends a sentence or a clause. @internal */
function isSentenceStop(c: number): boolean {
  return c === 0x3002 || c === 0x2e || c === 0x21 || c === 0x3b || c === 0x2c;
}

/** The first `max` characters of `toHalfWidth(text).replace(/\s+/g, "")`. @internal */
function foldedHead(text: string, max: number): string {
  let head = "";
  for (let i = 0; i < text.length && head.length < max; i++) {
    const c = text.charCodeAt(i);
    if (!isWhitespaceCode(c)) head += String.fromCharCode(halfWidthCode(c));
  }
  return head;
}

/**
 * The status the short first sentence of `text` states (完成。…), given `s`, its head folded and
 * without spaces. The status text is that sentence as written (已完成，not the folded 已完成,).
 * @internal
 */
function statusOfFirstSentence(s: string, text: string): StatusReading {
  const first = FIRST_SENTENCE.exec(s)?.[0];
  if (first === undefined || !ONLY_STATUS.test(first)) return NO_STATUS;
  const reading = readStatus(first);
  return reading.status === null ? NO_STATUS : { ...reading, statusText: writtenHead(text, first.length) };
}

/** The start of `text` that holds its first `n` characters other than spaces, spaces folded. @internal */
function writtenHead(text: string, n: number): string {
  let i = 0;
  for (let seen = 0; i < text.length && seen < n; i++) if (!isWhitespaceCode(text.charCodeAt(i))) seen++;
  return text.slice(0, i).replace(/\s+/g, " ").trim();
}

/** True when one of the words occurs in `s`, not negated. @internal */
function find(s: string, words: readonly string[]): boolean {
  for (const w of words) {
    let at = s.indexOf(w);
    while (at >= 0) {
      if (!negated(s, at, w)) return true;
      at = s.indexOf(w, at + 1);
    }
  }
  return false;
}

/** 未完成 / 尚未推进 / 未按期完成: a negator before a completion or progress word. @internal */
function negated(s: string, at: number, word: string): boolean {
  return negationAt(s, at, word) !== "none";
}

/**
 * How a word at `at` is negated: not (`"none"`), by a negator right before it or before a modifier
 * (`"plain"`: 未完成, 没能完成), or through 按期/按时/如期/按计划 (`"late"`: 未按期完成). @internal
 */
function negationAt(s: string, at: number, word: string): "none" | "plain" | "late" {
  if (word.startsWith("未") || word.startsWith("尚")) return "none";
  let k = at;
  let late = false;
  // at most two modifiers: 不能按期完成
  for (let n = 0; n < 2; n++) {
    const m = NEGATED_MODIFIERS.find((w) => s.endsWith(w, k));
    if (m === undefined) break;
    late ||= LATE_MODIFIERS.includes(m);
    k -= m.length;
  }
  const before = s[k - 1];
  if (before === undefined || !NEGATORS.includes(before)) return "none";
  return late ? "late" : "plain";
}

/** Whether a qualifier stands right before `at`, or before a 已 there: 基本完成 · 大部分已完成. @internal */
function isQualified(s: string, at: number): boolean {
  const k = s[at - 1] === "已" ? at - 1 : at;
  return PARTIAL_QUALIFIERS.some((q) => s.endsWith(q, k));
}

/**
 * What the completion words of a cell say: `done` when one stands unqualified and not negated,
 * `partial` when one is qualified (基本完成), `late` when one is negated through 按期 and the like.
 * @internal
 */
function readCompletion(s: string): { done: boolean; partial: boolean; late: boolean } {
  let partial = false;
  let late = false;
  for (const w of COMPLETED) {
    for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
      const negation = negationAt(s, at, w);
      if (negation !== "none") late ||= negation === "late";
      else if (isQualified(s, at)) partial = true;
      else return { done: true, partial, late };
    }
  }
  return { done: false, partial, late };
}
