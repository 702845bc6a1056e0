import { CodeSet } from "../../_lib/codeSet";

// Lines that close or frame an official document and are never part of a task: the 抄送 block,
// the printing line (…办公室 2024年1月3日印发), attachment marks, contacts, disclosure notes.
const BOILERPLATE_START =
  /^(?:抄送|抄报|主送|分送|印发[:：]|联系人|联系电话|经办人|附件[:：\d一二三四五六七八九十]|[（(]此件[^）)]{0,12}[）)]|[—－\-─]{3})/;

// …日印发 closing the line: at most 9 characters, so only the line's end is searched, not the
// whole line for a 日.
const PRINTED = /日[ \t\u3000]{0,3}印发[ \t\u3000]{0,3}$/;
const PRINTED_MAX = 9;

/** True for a line that ends with the printing date (…2024年1月3日印发). */
const FA = "发".charCodeAt(0);

function endsPrinted(text: string): boolean {
  // Such a line ends in 发 (up to three spaces after it): any other line is passed without a slice.
  let k = text.length - 1;
  while (k >= 0 && text.length - 1 - k < 3 && isGapCode(text.charCodeAt(k))) k--;
  if (text.charCodeAt(k) !== FA) return false;
  return PRINTED.test(text.length > PRINTED_MAX ? text.slice(-PRINTED_MAX) : text);
}

/** A space PRINTED allows between its words. */
function isGapCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** Whether the text's first character is in `first`: the patterns below are only tried on such lines. */
function startsWithOneOf(text: string, first: CodeSet): boolean {
  return first.has(text.charCodeAt(0));
}

// The first characters BOILERPLATE_START and PAGE_NUMBER can match.
const BOILERPLATE_FIRST = new CodeSet("抄主分印联经附（(—－-─");
const PAGE_NUMBER_FIRST = new CodeSet("—－-–第");

/**
 * True for a line that frames the document (抄送…, …印发, 附件1, （此件公开发布）).
 * @internal
 *
 * @example
 * ```ts
 * isBoilerplate("抄送：区委各部门"); //=> true
 * isBoilerplate("附件1"); //=> true
 * isBoilerplate("新增托位1万个"); //=> false
 * ```
 */
export function isBoilerplate(text: string): boolean {
  return (startsWithOneOf(text, BOILERPLATE_FIRST) && BOILERPLATE_START.test(text)) || endsPrinted(text);
}

const PAGE_NUMBER =
  /^[—－\-–][ \t\u3000]{0,2}\d{1,4}[ \t\u3000]{0,2}[—－\-–]$|^第[ \t\u3000]{0,2}\d{1,4}[ \t\u3000]{0,2}页(?:[ \t\u3000]{0,2}[/，,共][ \t\u3000]{0,2}\d{1,4}[ \t\u3000]{0,2}页?)?$/;

/**
 * True for a page number left by PDF conversion (`- 3 -`, `第 2 页`).
 * @internal
 *
 * @example
 * ```ts
 * isPageNumber("- 3 -"); //=> true
 * isPageNumber("第 2 页 共 9 页"); //=> true
 * isPageNumber("3"); //=> false
 * ```
 */
export function isPageNumber(text: string): boolean {
  return startsWithOneOf(text, PAGE_NUMBER_FIRST) && PAGE_NUMBER.test(text);
}

// The block that closes an official document: after 抄送 / …印发 no line belongs to a task.
const CLOSING_START = /^(?:抄送|抄报|分送)/;

/**
 * True for a line that opens the closing block of a document (抄送：…, …2024年1月3日印发).
 * @internal
 *
 * @example
 * ```ts
 * isClosing("抄送：区委各部门"); //=> true
 * isClosing("附件1"); //=> false
 * ```
 */
export function isClosing(text: string): boolean {
  return CLOSING_START.test(text) || endsPrinted(text);
}
