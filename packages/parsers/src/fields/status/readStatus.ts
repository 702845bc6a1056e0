import type { Pace, Status } from "@minsheng/core";

/** A stated status with the words it was read from, and a stated pace. */
export interface StatusReading {
  readonly status: Status | null;
  readonly statusText: string | null;
  readonly pace: Pace | null;
}

/**
 * Reads a status cell. PLACEHOLDER: being written (see the status normalizer task).
 * @internal
 */
export function readStatus(_text: string): StatusReading {
  return { status: null, statusText: null, pace: null };
}
