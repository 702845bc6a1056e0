/**
 * The Node entry of `@minsheng/parsers`: everything of the browser-safe entry, plus file reading.
 *
 * @packageDocumentation
 */
import { readFileSync } from "node:fs";
import type { Document } from "@minsheng/core";
import { parseBytes, type ParseOptions } from "./parseDocument";

export * from "./index";

/**
 * Reads a text file from disk (any encoding {@link parseBytes} detects) and parses it.
 *
 * @param path - the file to read; it becomes `source.path` unless `options.path` says otherwise
 * @param options - see {@link ParseOptions}
 * @returns the parsed document
 * @throws when the file cannot be read (missing, a directory, no permission); never on its content
 *
 * @example
 * ```ts
 * import { parseFile } from "@minsheng/parsers/node";
 * const doc = parseFile("seeds/003_af483f4de0f66109.txt");
 * doc.issuer?.name; //=> "大兴区"
 * ```
 */
export function parseFile(path: string, options: ParseOptions = {}): Document {
  return parseBytes(readFileSync(path), { path, ...options });
}
