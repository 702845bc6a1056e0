import { formatIssues, validateDocument, type Document } from "@minsheng/core";
import { InputError } from "../cli/exitCodes";
import { parseJsonValues } from "./parseJsonValues";

/**
 * Reads documents parsed earlier (`minsheng parse --format json|ndjson`), so reports and metrics
 * can run on saved output without parsing again. Every document is validated.
 *
 * @throws {@link InputError} when the file is not JSON or a value is not a minsheng document
 */
export function readDocumentJson(text: string, path: string): Document[] {
  const values = parseJsonValues(text, path);
  return values.map((value, i) => {
    const result = validateDocument(value);
    if (result.success) return result.data;
    const where = values.length > 1 ? ` (document ${i + 1})` : "";
    const [first] = result.issues;
    const more =
      result.issues.length > 1 ? ` and ${result.issues.length - 1} more; see minsheng validate` : "";
    throw new InputError(
      path,
      `not a minsheng document${where}: ${first ? formatIssues([first]) : "invalid"}${more}`,
    );
  });
}
