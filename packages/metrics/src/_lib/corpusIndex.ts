// One pass over the corpus that every metric shares: a flat list of tasks with their TaskRef (one
// object per task, reused by every figure), district, and report date. Built once by
// computeMetrics; each public metric builds its own when called alone.
import type { Document, Section, Task, TaskRef } from "@minsheng/core";
import { taskRef } from "./taskRef";

/** One task of the corpus with what the metrics need to know about where it sits. */
export interface TaskEntry {
  /** Position in {@link CorpusIndex.entries}. */
  readonly index: number;
  readonly doc: Document;
  readonly docIndex: number;
  readonly section: Section;
  readonly sectionIndex: number;
  readonly task: Task;
  readonly ref: TaskRef;
  /** The issuer's code (or name when it has none); null when the document names no issuer. */
  readonly district: string | null;
  readonly districtName: string | null;
  /** The report's date: its period's last day, else the date it was issued, else 1 January of its year. */
  readonly date: string | null;
  /** 1 January of the year the task belongs to, when known. */
  readonly yearStart: string | null;
}

/** One section with the range of its tasks in {@link CorpusIndex.entries}. */
export interface SectionEntry {
  readonly doc: Document;
  readonly docIndex: number;
  readonly section: Section;
  readonly sectionIndex: number;
  readonly district: string | null;
  readonly date: string | null;
  readonly first: number;
  readonly end: number;
}

/** The corpus flattened once. */
export interface CorpusIndex {
  readonly docs: readonly Document[];
  readonly entries: readonly TaskEntry[];
  readonly sections: readonly SectionEntry[];
}

/** The date a section reports as of; see {@link TaskEntry.date}. */
export function sectionDate(doc: Document, section: Section): string | null {
  return section.period?.asOf ?? doc.issued ?? (section.year != null ? `${section.year}-01-01` : null);
}

function yearStartOf(doc: Document, section: Section): string | null {
  const year = section.year ?? section.period?.year ?? (doc.issued ? Number(doc.issued.slice(0, 4)) : null);
  return year != null ? `${String(year).padStart(4, "0")}-01-01` : null;
}

/** Flattens the corpus in input order: documents, their sections, their tasks. */
export function indexCorpus(docs: readonly Document[]): CorpusIndex {
  const entries: TaskEntry[] = [];
  const sections: SectionEntry[] = [];
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d] as Document;
    const district = doc.issuer ? doc.issuer.code || doc.issuer.name : null;
    const districtName = doc.issuer?.name ?? null;
    const source = doc.source.path;
    for (let s = 0; s < doc.sections.length; s++) {
      const section = doc.sections[s] as Section;
      const date = sectionDate(doc, section);
      const yearStart = yearStartOf(doc, section);
      const first = entries.length;
      for (const task of section.tasks) {
        entries.push({
          index: entries.length,
          doc,
          docIndex: d,
          section,
          sectionIndex: s,
          task,
          ref: taskRef(source, s, task.seq),
          district,
          districtName,
          date,
          yearStart,
        });
      }
      sections.push({
        doc,
        docIndex: d,
        section,
        sectionIndex: s,
        district,
        date,
        first,
        end: entries.length,
      });
    }
  }
  return { docs, entries, sections };
}
