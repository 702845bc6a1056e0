// The invariants every parse must keep, whatever the input: it returns (never throws), every
// non-blank line is accounted for, and the document validates against the schema.
import { formatIssues, validateDocument, type Document } from "@minsheng/core";
import { unaccountedLines } from "@minsheng/test-utils";
import { expect } from "vitest";

/** The number of fast-check runs per property: CI sets FC_NUM_RUNS=10000. */
export const RUNS = Number(process.env.FC_NUM_RUNS ?? 200);

/**
 * Asserts that `doc`, parsed from `text`, accounts for every non-blank line of it and validates.
 *
 * @example
 * ```ts
 * expectSound(parseText("1.新增托位600个。"), "1.新增托位600个。");
 * ```
 */
export function expectSound(doc: Document, text: string): void {
  const lost = unaccountedLines(doc, text);
  expect(lost, `lines not accounted for: ${lost.slice(0, 5).join(", ")}`).toEqual([]);
  const valid = validateDocument(doc);
  if (!valid.success) expect.fail(`the document does not validate:\n${formatIssues(valid.issues)}`);
}
