import { InputError } from "../cli/exitCodes";

/**
 * Reads a JSON file holding one value, an array of values, or one value per line (NDJSON).
 *
 * @returns the values; an array at the top level is spread
 * @throws {@link InputError} naming the line that is not JSON
 */
export function parseJsonValues(text: string, path: string): unknown[] {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new InputError(path, "empty file");
  try {
    const value: unknown = JSON.parse(body);
    return Array.isArray(value) ? value : [value];
  } catch (whole) {
    const lines = body.split("\n");
    const nonEmpty = lines.filter((l) => l.trim() !== "");
    // One value per line only makes sense with several lines; otherwise report the JSON error itself.
    if (nonEmpty.length < 2) throw new InputError(path, `not JSON (${(whole as Error).message})`);
    const values: unknown[] = [];
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        values.push(JSON.parse(line));
      } catch (error) {
        throw new InputError(path, `line ${i + 1} is not JSON (${(error as Error).message})`);
      }
    });
    return values;
  }
}
