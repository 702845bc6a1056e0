// Collects the public API of the published packages from their sources: every export of every entry
// point (as listed in each package.json `exports` map under the `@minsheng/source` condition), with
// its TSDoc summary and its `@example` code blocks.
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** Absolute path of the workspace root. */
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The packages whose API is documented and published. */
export const PUBLIC_PACKAGES = ["core", "parsers", "metrics"] as const;

/** One entry point of a package: the specifier users import and the source file behind it. */
export interface EntryPoint {
  /** What users write: `@minsheng/parsers/node`. */
  readonly specifier: string;
  /** Absolute path of the source file (`@minsheng/source` condition). */
  readonly file: string;
}

/** What kind of thing an export is. */
export type ExportKind =
  "function" | "schema" | "variable" | "type" | "interface" | "class" | "enum" | "member";

/** One `@example` block. */
export interface Example {
  /** The code inside the fence. */
  readonly code: string;
  /** `true` when the fence says `no-run` (```` ```ts no-run ````): typechecked only. */
  readonly noRun: boolean;
}

/** One exported symbol (or a member of an exported interface) with its documentation. */
export interface ApiSymbol {
  /** `parseText`, or `ParseOptions.path` for a member. */
  readonly name: string;
  /** The entry point that exports it first. */
  readonly specifier: string;
  readonly kind: ExportKind;
  /** `packages/parsers/src/parseDocument.ts:18`, for messages. */
  readonly location: string;
  /** Whether it has a TSDoc summary. */
  readonly documented: boolean;
  readonly examples: readonly Example[];
}

/** Reads the entry points of a package from its `exports` map. */
export function entryPointsOf(pkg: (typeof PUBLIC_PACKAGES)[number]): EntryPoint[] {
  const dir = join(ROOT, "packages", pkg);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, unknown>;
  };
  const out: EntryPoint[] = [];
  for (const [key, target] of Object.entries(manifest.exports)) {
    if (typeof target !== "object" || target === null) continue;
    const source = (target as Record<string, unknown>)["@minsheng/source"];
    if (typeof source !== "string") continue;
    out.push({ specifier: manifest.name + key.slice(1), file: join(dir, source) });
  }
  return out;
}

/** Compiler options for the sources: the workspace base config, resolved through `@minsheng/source`. */
export function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, "tsconfig.base.json");
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const raw = read.config as { compilerOptions: Record<string, unknown> };
  const parsed = ts.parseJsonConfigFileContent(
    { compilerOptions: { ...raw.compilerOptions, types: ["node"] }, files: [] },
    ts.sys,
    dirname(configPath),
  );
  return { ...parsed.options, noEmit: true };
}

const FENCE = /^```([^\n`]*)\n([\s\S]*?)^```[ \t]*$/gm;

/** Splits the text of an `@example` tag into code blocks (a tag without a fence is all code). */
export function examplesOf(tagText: string): Example[] {
  const out: Example[] = [];
  for (const m of tagText.matchAll(FENCE)) {
    const info = (m[1] ?? "").trim().split(/\s+/);
    const lang = info[0] ?? "";
    if (lang !== "" && !["ts", "typescript", "js", "javascript"].includes(lang)) continue;
    out.push({ code: m[2] ?? "", noRun: info.includes("no-run") });
  }
  if (out.length === 0 && !tagText.includes("```") && tagText.trim() !== "")
    out.push({ code: tagText.trim() + "\n", noRun: false });
  return out;
}

/** The raw text of a JSDoc tag's comment, without the ` * ` line prefixes. */
function rawTagText(tag: ts.JSDocTag): string {
  const text = tag.getSourceFile().text.slice(tag.tagName.end, tag.end);
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? line.trim() : line.replace(/^\s*\*(?: |$)/, "")))
    .join("\n")
    .replace(/\*\/\s*$/, "")
    .trim();
}

function jsDocsOf(decl: ts.Node): ts.JSDoc[] {
  return ts.getJSDocCommentsAndTags(decl).filter((n): n is ts.JSDoc => ts.isJSDoc(n));
}

function hasSummary(decl: ts.Node): boolean {
  return jsDocsOf(decl).some((d) => (ts.getTextOfJSDocComment(d.comment) ?? "").trim() !== "");
}

function kindOf(decl: ts.Declaration, name: string): ExportKind {
  if (ts.isFunctionDeclaration(decl)) return "function";
  if (ts.isVariableDeclaration(decl)) {
    const init = decl.initializer;
    if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return "function";
    return name.endsWith("Schema") ? "schema" : "variable";
  }
  if (ts.isInterfaceDeclaration(decl)) return "interface";
  if (ts.isTypeAliasDeclaration(decl)) return "type";
  if (ts.isClassDeclaration(decl)) return "class";
  if (ts.isEnumDeclaration(decl)) return "enum";
  return "variable";
}

function locationOf(decl: ts.Node): string {
  const sf = decl.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(decl.getStart());
  return `${relative(ROOT, sf.fileName)}:${line + 1}`;
}

/** The collected API of the public packages, and the program it was read from. */
export interface Collected {
  readonly program: ts.Program;
  readonly entries: readonly EntryPoint[];
  readonly symbols: readonly ApiSymbol[];
}

/** Reads every export of every entry point of the public packages. */
export function collectApi(): Collected {
  const entries = PUBLIC_PACKAGES.flatMap(entryPointsOf);
  const program = ts.createProgram(
    entries.map((e) => e.file),
    compilerOptions(),
  );
  const checker = program.getTypeChecker();
  const seen = new Set<ts.Node>();
  const symbols: ApiSymbol[] = [];

  for (const entry of entries) {
    const sf = program.getSourceFile(entry.file);
    if (!sf) throw new Error(`entry point not found: ${entry.file}`);
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) continue; // an entry with no exports at all
    const exports = [...checker.getExportsOfModule(moduleSymbol)].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const exported of exports) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = target.declarations ?? [];
      const fresh = decls.filter((d) => !seen.has(d));
      if (fresh.length === 0) continue;
      for (const d of decls) seen.add(d);
      // A name can be a value and a type at once (`const X` + `type X`); report each declaration.
      for (const decl of fresh) {
        const kind = kindOf(decl, exported.name);
        const examples = ts
          .getJSDocTags(decl)
          .filter((t) => t.tagName.text === "example")
          .flatMap((t) => examplesOf(rawTagText(t)));
        symbols.push({
          name: exported.name,
          specifier: entry.specifier,
          kind,
          location: locationOf(decl),
          documented: hasSummary(decl),
          examples,
        });
        if (ts.isInterfaceDeclaration(decl)) {
          for (const member of decl.members) {
            if (!member.name || !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) continue;
            symbols.push({
              name: `${exported.name}.${member.name.text}`,
              specifier: entry.specifier,
              kind: "member",
              location: locationOf(member),
              documented: hasSummary(member),
              examples: [],
            });
          }
        }
      }
    }
  }
  return { program, entries, symbols };
}

/** What the documentation still lacks: exports without a summary, functions without an example. */
export function missingDocs(symbols: readonly ApiSymbol[]): {
  undocumented: string[];
  withoutExample: string[];
} {
  const label = (s: ApiSymbol): string => `${s.specifier} ${s.name} (${s.location})`;
  return {
    undocumented: symbols.filter((s) => !s.documented).map(label),
    withoutExample: symbols.filter((s) => s.kind === "function" && s.examples.length === 0).map(label),
  };
}
