import type { Deadline } from "@minsheng/core";

/**
 * Reads a deadline phrase. PLACEHOLDER: being written (see the deadline normalizer task).
 * @internal
 */
export function readDeadline(_text: string, _ctx: { readonly year: number | null }): Deadline | null {
  return null;
}
