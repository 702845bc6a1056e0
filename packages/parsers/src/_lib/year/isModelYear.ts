/**
 * Whether a year can stand in the model: the schema's years run from 1949 to 2200 (sections,
 * periods, city items). A year outside them read from a text (1923年, 2300年) is not the
 * document's year and must not reach a document, or the document would not validate.
 *
 * @internal
 * @example
 * ```ts
 * isModelYear(2024); //=> true
 * isModelYear(1923); //=> false
 * ```
 */
export function isModelYear(year: number | null | undefined): year is number {
  return typeof year === "number" && Number.isInteger(year) && year >= 1949 && year <= 2200;
}
