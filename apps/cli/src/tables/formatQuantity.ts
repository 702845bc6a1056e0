import type { Quantity } from "@minsheng/core";

/** A quantity as the words it was read from, with the normalized value when it differs (1万个 = 10000个). */
export function formatQuantity(q: Quantity): string {
  const comparator = q.comparator === "=" ? "" : q.comparator === "~" ? "≈" : q.comparator;
  const normalized = `${comparator}${q.value}${q.unit}`;
  const words = q.text.replace(/\s+/g, "");
  return words && words !== normalized.replace(/\s+/g, "") ? `${words} (${normalized})` : normalized;
}

/** Quantities joined for one cell. */
export function formatQuantities(qs: readonly Quantity[]): string {
  return qs.map(formatQuantity).join("；");
}
