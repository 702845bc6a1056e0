import { findIssuer, type Region } from "@minsheng/core";
import type { SourceLine } from "../../_lib/SourceLine";
import { decodeChineseInteger } from "../../_lib/numerals/decodeChineseInteger";

/** What the front matter of a document says of it. @internal */
export interface DocMeta {
  title: string | null;
  issuer: Region | null;
  docNumber: string | null;
  issued: string | null;
  /** Lines read as title / meta, to account for them. */
  titleLines: number[];
  metaLines: number[];
}

// 通政发〔2024〕1号 / 京政办发[2024]3号 / 东政发（2023）12号.
const DOC_NUMBER =
  /[\u4e00-\u9fa5]{1,10}[〔[［(（] {0,2}(?:19|20)\d{2} {0,2}[〕\]］)）] {0,2}\d{1,4} {0,2}号/;
// A line that is only a date: the signing date under the issuer's name (not …印发, the printing date).
const DATE_LINE =
  /^((?:19|20)\d{2}|[一二三四五六七八九〇零]{4}) {0,2}年 {0,2}(\d{1,2}|[一二三四五六七八九十]{1,3}) {0,2}月 {0,2}(\d{1,2}|[一二三四五六七八九十]{1,3}) {0,2}日$/;
const DAY = "日".charCodeAt(0);
const LETTERHEAD = /文件$|^附件 {0,2}\d{0,2}$/;
const TITLE_WORDS = /通知|方案|意见|清单|情况表|情况|项目|实事|任务|计划|要点/;
const BREAKS_AFTER = /(?:关于|关于印发|印发|转发)$/;

function num(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : decodeChineseInteger(s);
}

/**
 * Reads a standalone date line (2024年1月1日, 二〇二四年一月一日) as an ISO date, or null.
 * @internal
 */
export function readDateLine(text: string): string | null {
  const t = text.trim();
  // Every line of the document is asked; almost none ends as a date must.
  if (t.charCodeAt(t.length - 1) !== DAY) return null;
  const m = DATE_LINE.exec(t);
  if (!m) return null;
  const y = num(m[1] ?? "");
  const mo = num(m[2] ?? "");
  const d = num(m[3] ?? "");
  if (!y || !mo || !d || mo > 12 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function isTitleCandidate(text: string): boolean {
  return (
    text.length >= 4 &&
    text.length <= 80 &&
    !LETTERHEAD.test(text) &&
    !DOC_NUMBER.test(text) &&
    !readDateLine(text) &&
    !/[：:]$/.test(text) &&
    !/[。；]/.test(text) &&
    !/^[（(]此件/.test(text)
  );
}

/** A row of a table (two cells or more between tabs, or cells between bars): a header, not a title. */
function isTableRow(line: SourceLine): boolean {
  if (line.cells) {
    let filled = 0;
    for (const c of line.cells) if (c && ++filled >= 2) return true;
  }
  return /^[|｜]/.test(line.text);
}

/**
 * Reads title, issuer, document number and signing date from the lines before the first task
 * (and the signing date from a standalone date line anywhere in the document).
 * @internal
 */
export function readDocMeta(front: readonly SourceLine[], all: readonly SourceLine[]): DocMeta {
  const meta: DocMeta = {
    title: null,
    issuer: null,
    docNumber: null,
    issued: null,
    titleLines: [],
    metaLines: [],
  };
  for (const l of front) {
    if (!l.text) continue;
    const dn = DOC_NUMBER.exec(l.text);
    if (dn && !meta.docNumber && l.text.length <= 40) {
      meta.docNumber = dn[0].replace(/\s+/g, "");
      meta.metaLines.push(l.no);
    }
  }
  // Indexed: this walks every line once per document, often before V8 optimizes it, where a for-of
  // allocates an iterator result per line.
  for (let i = 0; i < all.length; i++) {
    const l = all[i] as SourceLine;
    const d = l.text ? readDateLine(l.text) : null;
    if (d) {
      meta.issued ??= d;
      meta.metaLines.push(l.no);
    }
  }
  // The title: the first candidate that names a document (…方案, …的通知, …情况表), joined with the
  // line before when that is the issuer (北京市朝阳区人民政府 | 关于印发…) or with the line after when
  // the title breaks mid-way (…关于印发 | …的通知).
  const candidates = front.filter((l) => l.text && !isTableRow(l) && isTitleCandidate(l.text));
  const i = candidates.findIndex((l) => TITLE_WORDS.test(l.text) || BREAKS_AFTER.test(l.text));
  const first = candidates[i] ?? candidates[0];
  if (first) {
    let title = first.text;
    meta.titleLines.push(first.no);
    const prev = i > 0 ? candidates[i - 1] : undefined;
    if (prev && /^关于/.test(first.text) && /(?:政府|办公室|委员会)$/.test(prev.text)) {
      title = prev.text + title;
      meta.titleLines.push(prev.no);
    }
    const next = candidates[(i < 0 ? 0 : i) + 1];
    if (next && BREAKS_AFTER.test(first.text)) {
      title += next.text;
      meta.titleLines.push(next.no);
    }
    meta.title = title;
  }
  const headingText = front
    .filter((l) => l.text && (LETTERHEAD.test(l.text) || isTitleCandidate(l.text)))
    .map((l) => l.text)
    .join("\n");
  const issuer = findIssuer(headingText);
  meta.issuer = issuer ? { name: issuer.name, code: issuer.code } : null;
  for (const l of front)
    if (l.text && LETTERHEAD.test(l.text) && !meta.metaLines.includes(l.no)) meta.metaLines.push(l.no);
  return meta;
}
