// JSON written in pieces: a 100 MB report becomes one document of a few hundred MB of JSON, and
// building that as one string (then as one Buffer) would hold it in memory three times over.
// The pieces concatenate to exactly what JSON.stringify(value, null, indent) returns.
//
// Pieces are cut by size, not by depth: a container small enough (a task, an outline entry, a
// diagnostic) is one JSON.stringify call, and only the large ones (the document, its arrays, a
// section of many tasks) are walked member by member. Cutting every task into a piece per field
// made the pieces themselves — generator steps, tiny strings and their garbage — cost more than
// parsing the file.

/** A container with more members than this, counted through its descendants, is written in pieces. */
const PIECE_MEMBERS = 512;

function reindent(json: string, pad: string): string {
  return pad ? json.replace(/\n/g, `\n${pad}`) : json;
}

/**
 * Whether a container holds at most `budget` members (array elements and object properties) in
 * all, its descendants' included. Counting stops as soon as the budget is passed, so asking costs
 * at most about `budget` steps however large the container is.
 */
function isSmall(container: object, budget: number): boolean {
  return budgetLeft(container, budget) >= 0;
}

/** `budget` less the members of `v`, or -1 once it is spent. Recursion is no deeper than `budget`. */
function budgetLeft(v: object, budget: number): number {
  let left = budget;
  if (Array.isArray(v)) {
    left -= v.length;
    if (left < 0) return -1;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (x !== null && typeof x === "object" && (left = budgetLeft(x, left)) < 0) return -1;
    }
    return left;
  }
  // for…in without allocating a key array: JSON output holds plain objects, nothing inherited.
  for (const k in v) {
    if (--left < 0) return -1;
    const x: unknown = (v as Record<string, unknown>)[k];
    if (x !== null && typeof x === "object" && (left = budgetLeft(x, left)) < 0) return -1;
  }
  return left;
}

/**
 * Yields the JSON text of a value in pieces: a container small enough is one piece, a large one
 * is written member by member.
 *
 * @param value - a JSON-serialisable value (no toJSON, functions or cycles in minsheng output)
 * @param indent - spaces per level, as JSON.stringify's third argument (0 for compact)
 * @param depth - the nesting level of `value` (for the indentation of its lines)
 * @returns a generator of strings whose concatenation is `JSON.stringify(value, null, indent)`
 *
 * @example
 * ```ts
 * [...jsonChunks({ a: [1, 2] })].join(""); //=> '{"a":[1,2]}'
 * ```
 */
export function* jsonChunks(value: unknown, indent = 0, depth = 0): Generator<string> {
  const pad = indent ? " ".repeat(indent * depth) : "";
  if (value === null || typeof value !== "object" || isSmall(value, PIECE_MEMBERS)) {
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

/**
 * Each value as JSON followed by a newline, in pieces (one document, or the metrics of many, can
 * be hundreds of MB of JSON): `jsonLines([v], 2)` writes what `JSON.stringify(v, null, 2) + "\n"` does.
 *
 * @param values - the values, one per line (for `indent` 0) or block
 * @param indent - spaces per level, as JSON.stringify's third argument (0 for compact)
 * @returns a generator of strings whose concatenation is every value's JSON and a newline
 *
 * @example
 * ```ts
 * [...jsonLines([{ a: 1 }, [2]], 0)].join(""); //=> '{"a":1}\n[2]\n'
 * ```
 */
export function* jsonLines(values: readonly unknown[], indent: number): Generator<string> {
  for (const v of values) {
    yield* jsonChunks(v, indent);
    yield "\n";
  }
}
