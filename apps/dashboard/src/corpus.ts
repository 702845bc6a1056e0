// Turning files into the corpus: the seeds bundled at build time, or files a person picks or drops.
import type { Document } from "@minsheng/core";
import { parseBytes, parseRows, resolveCorpus } from "@minsheng/parsers";
import { decodeHtml } from "@minsheng/table-readers";
import seeds from "virtual:minsheng-seeds";
import { docxToRows } from "./readers/docx";
import { htmlToRows } from "./readers/html";
import { xlsxToRows } from "./readers/xlsx";
import { readJsonDocuments } from "./jsonDocuments";
import type { Corpus } from "./model";

interface Parsed {
  readonly doc: Document;
  readonly lines: readonly string[] | null;
}

function base64Bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The source text again, decoded as the parser says it was, for showing source lines. */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  const label = encoding === "utf-8-bom" ? "utf-8" : encoding;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function parseTextBytes(bytes: Uint8Array, path: string): Parsed {
  const doc = parseBytes(bytes, { path });
  return { doc, lines: splitLines(decodeAs(bytes, doc.source.encoding)) };
}

function finish(origin: Corpus["origin"], parsed: readonly Parsed[], notes: readonly string[]): Corpus {
  // City-item keys are assigned across the whole corpus, so it runs once over all documents.
  const docs = resolveCorpus(parsed.map((p) => p.doc));
  const lines = new Map<string, readonly string[]>();
  for (const p of parsed) if (p.lines) lines.set(p.doc.source.path, p.lines);
  return { origin, docs, lines, notes };
}

/** The seed documents bundled into the page. */
export function seedCorpus(): Corpus {
  const parsed = seeds.map((s) =>
    parseTextBytes(
      s.text !== undefined ? new TextEncoder().encode(s.text) : base64Bytes(s.base64 ?? ""),
      s.path,
    ),
  );
  return finish("seeds", parsed, []);
}

const TEXT_EXT = new Set(["txt", "text", "csv", "tsv", "md", ""]);
const HTML_EXT = new Set(["html", "htm", "shtml", "xhtml"]);
const JSON_EXT = new Set(["json", "ndjson", "jsonl"]);
/** Read with a library loaded on first use (mammoth, exceljs), into rows for `parseRows`. */
const OFFICE: Record<string, (bytes: Uint8Array) => Promise<string[][]>> = {
  docx: docxToRows,
  xlsx: xlsxToRows,
};
/** Formats the page does not read (legacy binary Office, PDF's text layer): the CLI does. */
const DEFERRED_EXT = new Set(["doc", "xls", "pdf"]);

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** Paths must be unique: a TaskRef names its document by `source.path`. */
function uniquePath(name: string, used: Set<string>): string {
  let path = name;
  for (let n = 2; used.has(path); n++) path = `${name} (${n})`;
  used.add(path);
  return path;
}

/** Reads files a person picked or dropped. Never throws: what cannot be read becomes a note. */
export async function readFiles(files: readonly File[]): Promise<Corpus> {
  const parsed: Parsed[] = [];
  const notes: string[] = [];
  const used = new Set<string>();
  for (const file of files) {
    const ext = extension(file.name);
    try {
      if (DEFERRED_EXT.has(ext)) {
        notes.push(
          `${file.name}：网页暂不支持 .${ext}（请另存为 .docx / .xlsx / .txt / .html，或用命令行 minsheng parse --format json 后拖入 JSON）`,
        );
        continue;
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (JSON_EXT.has(ext)) {
        // Source lines are not in the JSON; the task table says so instead of showing them.
        for (const doc of readJsonDocuments(new TextDecoder().decode(bytes), file.name, notes)) {
          const unique = uniquePath(doc.source.path, used);
          parsed.push({
            doc: unique === doc.source.path ? doc : { ...doc, source: { ...doc.source, path: unique } },
            lines: null,
          });
        }
        continue;
      }
      const path = uniquePath(file.name, used);
      const office = OFFICE[ext];
      if (office) {
        const rows = await office(bytes);
        parsed.push({ doc: parseRows(rows, { path, encoding: ext }), lines: rows.map((r) => r.join("\t")) });
      } else if (HTML_EXT.has(ext) || (!TEXT_EXT.has(ext) && file.type === "text/html")) {
        const rows = htmlToRows(decodeHtml(bytes).html);
        parsed.push({
          doc: parseRows(rows, { path, encoding: "html" }),
          lines: rows.map((r) => r.join("\t")),
        });
      } else {
        parsed.push(parseTextBytes(bytes, path));
      }
    } catch (error) {
      notes.push(`${file.name}：无法读取（${error instanceof Error ? error.message : String(error)}）`);
    }
  }
  return finish("files", parsed, notes);
}
