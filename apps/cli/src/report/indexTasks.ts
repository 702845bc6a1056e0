import type { Document, Section, Task, TaskRef } from "@minsheng/core";

/** A task with the document and section it belongs to. */
export interface LocatedTask {
  readonly doc: Document;
  readonly section: Section;
  readonly sectionIndex: number;
  readonly task: Task;
}

/** The key a {@link TaskRef} is looked up by. */
export const refKey = (r: TaskRef) => `${r.source}\u0000${r.section}\u0000${r.seq}`;

/** Indexes every task by its {@link TaskRef}, so metric figures can be shown with their tasks. */
export function indexTasks(docs: readonly Document[]): Map<string, LocatedTask> {
  const index = new Map<string, LocatedTask>();
  for (const doc of docs)
    doc.sections.forEach((section, sectionIndex) => {
      for (const task of section.tasks) {
        const key = refKey({ source: doc.source.path, section: sectionIndex, seq: task.seq });
        if (!index.has(key)) index.set(key, { doc, section, sectionIndex, task });
      }
    });
  return index;
}
