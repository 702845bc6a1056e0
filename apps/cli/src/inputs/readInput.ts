import type { CityItemCatalog } from "@minsheng/core";
import { closeSync, openSync, readSync, readFileSync, statSync } from "node:fs";
import type { Document } from "@minsheng/core";
import { parseBytes, parseRows } from "@minsheng/parsers";
import { firstLine } from "@minsheng/table-readers";
import { InputError } from "../cli/exitCodes";
import type { Rows } from "../readers/rows";
import { binaryReason, checkTextBytes, SNIFF_BYTES } from "../readers/text";
import type { InputRef } from "./expandPaths";
import { formatOfPath, sniffFormat, type InputFormat } from "./formats";
import { readDocumentJson } from "./readDocumentJson";
import { formatBytes, readStdin } from "./readStdin";

/** Limits on what one input may cost. */
export interface ReadOptions {
  /** Inputs larger than this are refused before they are read. */
  readonly maxBytes: number;
  /** City-item catalogs to resolve keys against (`--catalog`); default: those shipped in @minsheng/core. */
  readonly catalogs?: readonly CityItemCatalog[] | undefined;
}

/** The path documents read from standard input carry in `source.path`. */
export const STDIN_PATH = "<stdin>";

function readHead(path: string): Uint8Array {
  const fd = openSync(path, "r");
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    const n = readSync(fd, head, 0, SNIFF_BYTES, 0);
    return head.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

// Each reader (and the library it stands on) is loaded when a file of its format is first read:
// exceljs, mammoth and cheerio (since replaced) took 0.6 s to load, which every run paid, a text
// file's included.
async function readRows(format: InputFormat, bytes: Uint8Array, path: string): Promise<Rows | null> {
  switch (format) {
    case "csv":
      return (await import("../readers/csv")).readCsv(bytes, path);
    case "html":
      return (await import("../readers/html")).readHtml(bytes, path);
    case "docx":
      return (await import("../readers/docx")).readDocx(bytes, path);
    case "xlsx":
      return (await import("../readers/xlsx")).readXlsx(bytes, path);
    case "pdf":
      return (await import("../readers/pdf")).readPdf(bytes, path);
    default:
      return null;
  }
}

async function parseInput(format: InputFormat, bytes: Uint8Array, path: string): Promise<Document[]> {
  if (format === "json") return readDocumentJson(new TextDecoder().decode(bytes), path);
  const rows = await readRows(format, bytes, path);
  try {
    if (rows) return [parseRows(rows.rows, { path, encoding: rows.encoding })];
    return [parseBytes(checkTextBytes(bytes, path), { path })];
  } catch (error) {
    if (error instanceof InputError) throw error;
    // The parsers promise never to throw on content; if one does, that file alone is lost.
    throw new InputError(path, `could not be parsed (${firstLine(error)})`);
  }
}

/**
 * Reads one input into documents (one, or several for a saved NDJSON/JSON array): checks size
 * before reading and sniffs text inputs for binary data before loading them whole, so a huge or
 * junk file costs a stat and 64 KB, then dispatches on the extension (or, for standard input and
 * unknown extensions, on the content).
 *
 * @throws {@link InputError} with a one-line reason naming the input when it is unusable
 */
export async function readInput(ref: InputRef, options: ReadOptions): Promise<Document[]> {
  if (ref.path === "-") {
    const bytes = await readStdin(options.maxBytes);
    if (bytes.length === 0) throw new InputError(STDIN_PATH, "empty input");
    return parseInput(sniffFormat(bytes), bytes, STDIN_PATH);
  }
  const path = ref.path;
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new InputError(path, "not a file");
    size = stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      path,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? firstLine(error)})`,
    );
  }
  if (size === 0) throw new InputError(path, "empty file");
  if (size > options.maxBytes)
    throw new InputError(
      path,
      `too large (${formatBytes(size)}, limit ${formatBytes(options.maxBytes)}; raise it with --max-size)`,
    );
  let format = formatOfPath(path);
  if (format === null || format === "text") {
    const head = readHead(path);
    if (format === null) format = sniffFormat(head);
    const binary = format === "text" ? binaryReason(head) : null;
    if (binary) throw new InputError(path, binary);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(
      path,
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? firstLine(error)})`,
    );
  }
  return parseInput(format, bytes, path);
}
