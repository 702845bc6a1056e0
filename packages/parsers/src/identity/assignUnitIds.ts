import type { Diagnostic, Document, Section, Task, UnitRef } from "@minsheng/core";
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
  // Indexed loops: this runs once per document, often before V8 optimizes it, where a for-of
  // allocates an iterator result per step.
  for (let i = 0; i < doc.sections.length; i++) {
    const tasks = (doc.sections[i] as Section).tasks;
    for (let k = 0; k < tasks.length; k++) {
      const t = tasks[k] as Task;
      for (let j = 0; j < t.units.length; j++) {
        const u = t.units[j] as UnitRef;
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
    }
  }
  return doc;
}
