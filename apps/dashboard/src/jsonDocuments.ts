// Documents the CLI already parsed, dropped as JSON: the page's way to show docx/xlsx/pdf for now.
import { formatIssues, validateDocument, type Document } from "@minsheng/core";

/**
 * Documents the CLI already parsed (`minsheng parse --format json|ndjson`): one document, an array,
 * or one per line. The way to see docx/xlsx/pdf here until the page reads them itself. Validated
 * against the schema, since the views trust the model's shape.
 */
export function readJsonDocuments(text: string, name: string, notes: string[]): Document[] {
  const trimmed = text.trim();
  let values: unknown[];
  try {
    const value: unknown = JSON.parse(trimmed);
    values = Array.isArray(value) ? value : [value];
  } catch {
    values = trimmed
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as unknown);
  }
  const docs: Document[] = [];
  values.forEach((value, i) => {
    const r = validateDocument(value);
    if (r.success) docs.push(r.data);
    else
      notes.push(
        `${name} 第 ${i + 1} 个文档不符合 minsheng.document/v1：${formatIssues(r.issues.slice(0, 3))}`,
      );
  });
  return docs;
}
