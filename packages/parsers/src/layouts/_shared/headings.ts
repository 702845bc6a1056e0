import { readSeqMarker, type SeqMarker } from "../../fields/seq/readSeqMarker";

// Words that name a list of tasks or a report on one (…实事项目, …任务清单, …完成情况, …进展情况).
const KIND_WORDS = /实事|项目|任务|清单|计划|方案|完成情况|进展情况|进展|工作要点/;
const YEAR = /(?:19|20)\d{2} {0,2}年/;
const SENTENCE_END = /[。；;！!？?]/;

/**
 * True for text that ends a sentence (。；！？), so a line ending with it is not a broken line.
 * @internal
 */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.slice(-1));
}

/**
 * A numbered line that heads a section (一、东城区 2024 年重要民生实事项目) rather than a task: the
 * top numbering level, a year, a word naming a list or report, and no sentence.
 * @internal
 */
export function isSectionHeadingMarker(m: SeqMarker): boolean {
  return (
    (m.style === "cjk-comma" || m.style === "cjk-dot") &&
    YEAR.test(m.rest) &&
    KIND_WORDS.test(m.rest) &&
    !SENTENCE_END.test(m.rest)
  );
}

/**
 * A numbered line that names a group (二、方便市民出行 · （一）托育服务) rather than a task: short, no
 * sentence, no figure. A list whose tasks are numbered （一） reads them as tasks before asking this.
 * @internal
 */
export function isGroupHeadingMarker(m: SeqMarker): boolean {
  return (
    (m.style === "cjk-comma" || m.style === "cjk-dot" || m.style === "cjk-paren") &&
    m.rest.length <= 16 &&
    !SENTENCE_END.test(m.rest) &&
    !/\d/.test(m.rest)
  );
}

/**
 * An unnumbered heading line (2024年通州区重要民生实事项目): short, names a list or report, no sentence.
 * @internal
 */
export function isPlainHeading(text: string): boolean {
  return text.length <= 48 && KIND_WORDS.test(text) && !SENTENCE_END.test(text) && !/[，,:：]$/.test(text);
}

/**
 * A line that opens a new section of a document, numbered (一、2025年下半年新增项目) or not
 * (2025年下半年新增项目): a table or list before it ends there.
 * @internal
 */
export function isSectionHeading(text: string): boolean {
  const m = readSeqMarker(text);
  if (m) return isSectionHeadingMarker(m);
  return isPlainHeading(text) && YEAR.test(text);
}
