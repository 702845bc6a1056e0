import type { CityItemRef, Document } from "@minsheng/core";
import { itemTextHash } from "./textSimilarity";

/**
 * The key of a city item known only by its quoted text: programme, year and a hash of the
 * normalised text. Without a catalog this is the item's identity; {@link resolveCorpus} makes the
 * citations of one item in several documents share the key of their cluster.
 * @internal
 */
export function textKey(ref: Pick<CityItemRef, "programme" | "year" | "number" | "text">): string {
  const hash = itemTextHash(ref.text ?? "");
  // An item cited without its text can only be told by its number.
  const id = hash !== null ? `t${hash}` : `n${ref.number}`;
  return `bj:${ref.programme}:${ref.year}:${id}`;
}

/**
 * Gives every city-item citation of a document its text-derived key.
 * @internal
 */
export function assignCityItemKeys(doc: Document): Document {
  for (const s of doc.sections) for (const t of s.tasks) if (t.cityItem) t.cityItem.key = textKey(t.cityItem);
  return doc;
}
