// Turns an `@example` block into a module that asserts what the example claims.
//
//   expr; //=> value          becomes   expect(expr).toEqual(value);
//   expr; //=> throws         becomes   expect(() => expr).toThrow();
//
// The expression may span several lines; the `//=>` comment follows its last line, or stands alone on
// the next line (the date-fns style), and the value is the rest of that comment (a JavaScript expression). Every other statement runs as written, so an
// example that throws fails too. A `//=>` the transform cannot attach to a top-level expression
// statement is an error: an assertion is never dropped silently.
import ts from "typescript";

/** The result of {@link toModule}. */
export interface ExampleModule {
  /** TypeScript module source: imports first, then the example with its assertions. */
  readonly source: string;
  /** How many `//=>` lines became assertions. */
  readonly assertions: number;
}

const ARROW = "//=>";

/** The `//=>` comment that follows a statement: on its last line, or alone on the next line. */
function arrowComment(code: string, end: number): ts.CommentRange | undefined {
  const isArrow = (c: ts.CommentRange | undefined): c is ts.CommentRange =>
    c !== undefined && c.kind === ts.SyntaxKind.SingleLineCommentTrivia && code.startsWith(ARROW, c.pos);
  const trailing = ts.getTrailingCommentRanges(code, end)?.[0];
  if (isArrow(trailing)) return trailing;
  if (trailing) return undefined;
  const next = ts.getLeadingCommentRanges(code, end)?.[0];
  // Only on the very next line: a blank line in between detaches it.
  if (isArrow(next) && (code.slice(end, next.pos).match(/\n/g) ?? []).length === 1) return next;
  return undefined;
}

/**
 * Converts example code into a module.
 *
 * @param code - the code inside the example's fence
 * @param autoImport - a name the example may use without importing it, and where it comes from
 * @returns the module source and the number of assertions in it
 * @throws when a `//=>` line does not follow an expression statement
 */
export function toModule(
  code: string,
  autoImport?: { readonly name: string; readonly from: string },
): ExampleModule {
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const bound = new Set<string>();

  for (const stmt of sf.statements) {
    if (ts.isImportDeclaration(stmt)) {
      const clause = stmt.importClause;
      if (clause?.name) bound.add(clause.name.text);
      const nb = clause?.namedBindings;
      if (nb && ts.isNamedImports(nb)) for (const el of nb.elements) bound.add(el.name.text);
      if (nb && ts.isNamespaceImport(nb)) bound.add(nb.name.text);
      continue;
    }
    if (!ts.isExpressionStatement(stmt)) continue;
    const first = arrowComment(code, stmt.end);
    if (!first) continue;
    const comment = code.slice(first.pos, first.end);
    const value = comment.slice(ARROW.length).trim();
    const expr = stmt.expression.getText(sf);
    const text = /^throws\b/.test(value)
      ? `expect(() => ${expr}).toThrow();`
      : `expect(${expr}).toEqual(${value});`;
    edits.push({ start: stmt.getStart(sf), end: first.end, text });
  }

  const arrows = code.split("\n").filter((line) => line.includes(ARROW)).length;
  if (arrows !== edits.length) {
    throw new Error(
      `example has ${arrows} "${ARROW}" line(s) but only ${edits.length} follow a top-level expression statement:\n${code}`,
    );
  }

  let body = code;
  for (const e of [...edits].reverse()) body = body.slice(0, e.start) + e.text + body.slice(e.end);

  const header = ['import { expect } from "vitest";'];
  if (autoImport && !bound.has(autoImport.name) && new RegExp(`\\b${autoImport.name}\\b`).test(code)) {
    header.push(`import { ${autoImport.name} } from ${JSON.stringify(autoImport.from)};`);
  }
  // `export {}` keeps the file a module even when the example has no import of its own.
  return { source: `${header.join("\n")}\n${body.trimEnd()}\nexport {};\n`, assertions: edits.length };
}
