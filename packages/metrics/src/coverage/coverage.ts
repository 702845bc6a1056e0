import type { CoverageRow, Document } from "@minsheng/core";
import { indexCorpus, type CorpusIndex } from "../_lib/corpusIndex";

/** The district name used when a document names no issuer. */
export const UNKNOWN_DISTRICT = "未知";

/**
 * Which districts cite each city item: one row per `cityItem.key` cited anywhere, in order of
 * first citation, with every citation (the number as that district gives it) and the sorted,
 * distinct districts. A document without an issuer is counted under `未知` (unknown).
 *
 * @category Metrics
 * @param docs - parsed documents (with city-item keys resolved across the corpus)
 * @returns one {@link CoverageRow} per city item
 *
 * @example
 * ```ts
 * import { coverage } from "@minsheng/metrics";
 * import { buildDocument, buildTask } from "@minsheng/test-utils";
 * const a = buildDocument({ path: "a.txt", issuer: "东城区", tasks: [buildTask({ seq: 1, cityItem: "k1" })] });
 * const b = buildDocument({ path: "b.txt", issuer: "大兴区", tasks: [buildTask({ seq: 3, cityItem: "k1" })] });
 * coverage([a, b])[0]?.districts; //=> ["东城区", "大兴区"]
 * ```
 */
export function coverage(docs: readonly Document[]): CoverageRow[] {
  return coverageOf(indexCorpus(docs));
}

/** {@link coverage} over an index built once. */
export function coverageOf(index: CorpusIndex): CoverageRow[] {
  const rows = new Map<string, CoverageRow & { seen: Set<string> }>();
  for (const e of index.entries) {
    const c = e.task.cityItem;
    if (!c) continue;
    let row = rows.get(c.key);
    if (!row) {
      row = {
        key: c.key,
        programme: c.programme,
        year: c.year,
        text: c.text,
        citations: [],
        districts: [],
        seen: new Set(),
      };
      rows.set(c.key, row);
    }
    if (row.text === null && c.text !== null) row.text = c.text;
    const district = e.districtName ?? UNKNOWN_DISTRICT;
    row.citations.push({ district, number: c.number, ref: e.ref });
    row.seen.add(district);
  }
  const out: CoverageRow[] = [];
  for (const { seen, ...row } of rows.values()) out.push({ ...row, districts: [...seen].sort() });
  return out;
}
