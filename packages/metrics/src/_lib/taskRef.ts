import type { TaskRef } from "@minsheng/core";

/** Points at a task: the document's path, the section's index in it, the task's seq. */
export function taskRef(source: string, section: number, seq: number): TaskRef {
  return { source, section, seq };
}
