// Tiny builders for hand-made documents in tests. The result passes DocumentSchema.
import {
  DOCUMENT_SCHEMA_ID,
  regionByKey,
  type Category,
  type Document,
  type Period,
  type Section,
  type SectionKind,
  type Task,
} from "@minsheng/core";

const PERIOD_END = { Q1: "03-31", H1: "06-30", "Q1-Q3": "09-30", annual: "12-31" } as const;

/** What {@link buildSection} accepts. */
export interface SectionInit {
  readonly kind?: SectionKind;
  readonly title?: string | null;
  readonly year?: number | null;
  /** A span of `year` (asOf = its last day), or a whole period. */
  readonly period?: Period["span"] | Period | null;
  readonly categories?: readonly (
    Category | { readonly name: string; readonly declaredCount: number | null }
  )[];
  readonly tasks?: readonly Task[];
  readonly layout?: string;
}

/**
 * A valid section: `buildSection({ kind: "progress", year: 2024, period: "Q1", tasks })`.
 *
 * @example
 * ```ts
 * buildSection({ year: 2024, period: "H1" }).period?.asOf; //=> "2024-06-30"
 * ```
 */
export function buildSection(init: SectionInit = {}): Section {
  const year = init.year === undefined ? 2024 : init.year;
  const period: Period | null =
    init.period == null
      ? null
      : typeof init.period === "string"
        ? { year: year ?? 2024, span: init.period, asOf: `${year ?? 2024}-${PERIOD_END[init.period]}` }
        : init.period;
  return {
    kind: init.kind ?? (period ? "progress" : "plan"),
    title: init.title ?? null,
    year,
    period,
    categories: (init.categories ?? []).map((c) => ({
      name: c.name,
      declaredCount: c.declaredCount,
      line: "line" in c ? c.line : null,
    })),
    tasks: [...(init.tasks ?? [])],
    layout: init.layout ?? "test",
  };
}

/** What {@link buildDocument} accepts. */
export interface DocumentInit {
  readonly path?: string;
  /** A district's name or code (东城区, 东城, 110101); null for no issuer. Default 东城区. */
  readonly issuer?: string | null;
  readonly issued?: string | null;
  readonly title?: string | null;
  readonly docNumber?: string | null;
  readonly sections?: readonly SectionInit[];
  /** Shortcut for one section holding these tasks. */
  readonly tasks?: readonly Task[];
}

/**
 * A valid document: `buildDocument({ issuer: "通州区", issued: "2024-01-01", tasks: [buildTask({ seq: 1 })] })`.
 *
 * @example
 * ```ts
 * buildDocument({ issuer: "大兴" }).issuer; //=> { name: "大兴区", code: "110115" }
 * ```
 */
export function buildDocument(init: DocumentInit = {}): Document {
  const region = init.issuer === null ? null : regionByKey(init.issuer ?? "东城区");
  const sections = init.sections ?? (init.tasks ? [{ tasks: init.tasks }] : []);
  return {
    schema: DOCUMENT_SCHEMA_ID,
    source: { path: init.path ?? "test.txt", sha256: "0".repeat(64), encoding: "utf-8", lines: 1 },
    title: init.title ?? null,
    issuer: region ? { name: region.name, code: region.code } : null,
    docNumber: init.docNumber ?? null,
    issued: init.issued ?? null,
    sections: sections.map((s) => buildSection(s)),
    outline: [],
    diagnostics: [],
  };
}
