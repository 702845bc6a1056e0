import type { Quantity } from "@minsheng/core";

/** What the figures of a text are read as: promises of a task, or figures of work done. */
export type QuantityRole = "target" | "actual";

/**
 * Reads the figures of a text. PLACEHOLDER: being written (see the quantity normalizer task).
 * @internal
 */
export function readQuantities(_text: string, _role: QuantityRole): Quantity[] {
  return [];
}
