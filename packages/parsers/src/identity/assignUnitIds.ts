import type { Diagnostic, Document } from "@minsheng/core";
import { resolveUnit } from "./resolveUnit";

/**
 * Gives every unit of a document its body id and kind, resolved within the document's issuer;
 * reports ambiguous short forms once per spelling.
 * @internal
 */
export function assignUnitIds(
  doc: Document,
  report: (d: Omit<Diagnostic, "severity"> & { severity?: Diagnostic["severity"] }) => void,
): Document {
  const reported = new Set<string>();
  // One resolution per spelling: the rules run once, and every unit of that spelling shares the
  // same name and id strings (a large report names the same bodies hundreds of thousands of times).
  const seen = new Map<string, { name: string; r: ReturnType<typeof resolveUnit> }>();
  for (const s of doc.sections)
    for (const t of s.tasks)
      for (const u of t.units) {
        let hit = seen.get(u.name);
        if (!hit) {
          hit = { name: u.name, r: resolveUnit(u.name, doc.issuer) };
          seen.set(u.name, hit);
        }
        const r = hit.r;
        u.name = hit.name;
        u.id = r.id;
        u.kind = r.kind;
        if (r.readings && !reported.has(u.name)) {
          reported.add(u.name);
          report({
            code: "unit_ambiguous",
            severity: "warning",
            message: `“${u.name}” could be ${r.readings.join(" or ")}; kept apart under its own spelling.`,
            line: t.span.startLine,
          });
        }
      }
  return doc;
}
