// JSON written in pieces: a 100 MB report becomes one document of a few hundred MB of JSON, and
// building that as one string (then as one Buffer) would hold it in memory three times over.
// The pieces concatenate to exactly what JSON.stringify(value, null, indent) returns.

/** Containers deeper than this are stringified whole (a task and what it holds is small). */
const EXPAND_DEPTH = 5;

function reindent(json: string, pad: string): string {
  return pad ? json.replace(/\n/g, `\n${pad}`) : json;
}

/**
 * Yields the JSON text of a value in pieces, container by container down to the tasks.
 *
 * @param value - a JSON-serialisable value (no toJSON, functions or cycles in minsheng output)
 * @param indent - spaces per level, as JSON.stringify's third argument (0 for compact)
 */
export function* jsonChunks(value: unknown, indent = 0, depth = 0): Generator<string> {
  const pad = indent ? " ".repeat(indent * depth) : "";
  if (value === null || typeof value !== "object" || depth >= EXPAND_DEPTH) {
    yield reindent(JSON.stringify(value, null, indent || undefined) ?? "null", pad);
    return;
  }
  const inner = indent ? `\n${" ".repeat(indent * (depth + 1))}` : "";
  const close = indent ? `\n${pad}` : "";
  if (Array.isArray(value)) {
    if (!value.length) return yield "[]";
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i ? "," : ""}${inner}`;
      yield* jsonChunks(value[i] === undefined ? null : value[i], indent, depth + 1);
    }
    yield `${close}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
  if (!entries.length) return yield "{}";
  yield "{";
  let first = true;
  for (const [k, v] of entries) {
    yield `${first ? "" : ","}${inner}${JSON.stringify(k)}:${indent ? " " : ""}`;
    first = false;
    yield* jsonChunks(v, indent, depth + 1);
  }
  yield `${close}}`;
}
