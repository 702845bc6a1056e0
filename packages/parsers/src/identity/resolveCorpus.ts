import type { Document } from "@minsheng/core";

/**
 * Assigns city-item keys across documents. PLACEHOLDER.
 *
 * @example
 * ```ts
 * import { resolveCorpus } from "@minsheng/parsers";
 * resolveCorpus([]).length; //=> 0
 * ```
 */
export function resolveCorpus(docs: readonly Document[]): Document[] {
  return docs.map((d) => d);
}
