import { DOCUMENT_SCHEMA_ID, type Document } from "@minsheng/core";

/** Options of {@link parseText}, {@link parseBytes} and {@link parseRows}. */
export interface ParseOptions {
  /** Where the document came from; becomes `source.path`. Default `"<text>"`. */
  readonly path?: string;
}

/**
 * Parses a document's text. PLACEHOLDER while the layouts are being written.
 *
 * @example
 * ```ts
 * import { parseText } from "@minsheng/parsers";
 * parseText("").sections.length; //=> 0
 * ```
 */
export function parseText(text: string, options: ParseOptions = {}): Document {
  return {
    schema: DOCUMENT_SCHEMA_ID,
    source: { path: options.path ?? "<text>", sha256: "0".repeat(64), encoding: "utf-8", lines: text.split("\n").length },
    title: null,
    issuer: null,
    docNumber: null,
    issued: null,
    sections: [],
    outline: [],
    diagnostics: [],
  };
}

/**
 * Parses a document's bytes. PLACEHOLDER.
 *
 * @example
 * ```ts
 * import { parseBytes } from "@minsheng/parsers";
 * parseBytes(new Uint8Array()).sections.length; //=> 0
 * ```
 */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Document {
  return parseText(new TextDecoder().decode(bytes), options);
}

/**
 * Parses table rows (from html, docx, xlsx). PLACEHOLDER.
 *
 * @example
 * ```ts
 * import { parseRows } from "@minsheng/parsers";
 * parseRows([["序号", "项目内容"]]).sections.length; //=> 0
 * ```
 */
export function parseRows(rows: readonly (readonly string[])[], options: ParseOptions & { readonly encoding?: string } = {}): Document {
  return parseText(rows.map((r) => r.join("\t")).join("\n"), options);
}
