import type { Document } from "@minsheng/core";

const BLANK = /[\s\u200b]+/g;

/**
 * The non-blank lines of a source that the document does not account for: no outline entry, no
 * task span and no diagnostic names them. The format's rule is that this is always empty. A line
 * of whitespace and zero-width spaces (U+200B, which `trim` keeps since Unicode 4.0.1 and which
 * shows nothing) is blank.
 */
export function unaccountedLines(doc: Document, text: string): number[] {
  const covered = new Set<number>();
  for (const o of doc.outline) for (let n = o.startLine; n <= o.endLine; n++) covered.add(n);
  for (const s of doc.sections)
    for (const t of s.tasks) for (let n = t.span.startLine; n <= t.span.endLine; n++) covered.add(n);
  for (const d of doc.diagnostics) if (d.line !== null) covered.add(d.line);
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const out: number[] = [];
  lines.forEach((l, i) => {
    if (l.replace(BLANK, "") !== "" && !covered.has(i + 1)) out.push(i + 1);
  });
  return out;
}
