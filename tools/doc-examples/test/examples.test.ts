// Every `@example` of the public packages runs here: `expr; //=> value` lines become
// `expect(expr).toEqual(value)`, the rest runs as written, against the sources (`@minsheng/source`),
// with the workspace root as the working directory (examples may read `seeds/`). A fence marked
// ```` ```ts no-run ```` is typechecked only. All examples are typechecked.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { collectApi, compilerOptions, ROOT } from "../src/collect";
import { toModule } from "../src/transform";

const OUT = fileURLToPath(new URL("../test-output/examples/", import.meta.url));
const VALUE_KINDS = new Set(["function", "schema", "variable", "class", "enum"]);

interface Generated {
  readonly title: string;
  readonly file: string;
  readonly noRun: boolean;
  readonly error: Error | null;
}

const { symbols } = collectApi();
rmSync(OUT, { recursive: true, force: true });
const generated: Generated[] = symbols.flatMap((s) =>
  s.examples.map((ex, i): Generated => {
    const title = `${s.specifier} ${s.name}, example ${i + 1}${ex.noRun ? " (no-run)" : ""} — ${s.location}`;
    const file = join(
      OUT,
      s.specifier.replace(/^@minsheng\//, "").replace(/\//g, "-"),
      `${s.name}.${i + 1}.ts`,
    );
    try {
      const autoImport = VALUE_KINDS.has(s.kind) ? { name: s.name, from: s.specifier } : undefined;
      const mod = toModule(ex.code, autoImport);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `// ${title}\n${mod.source}`);
      return { title, file, noRun: ex.noRun, error: null };
    } catch (e) {
      return { title, file, noRun: ex.noRun, error: e as Error };
    }
  }),
);

describe("the @example blocks of the public packages", () => {
  beforeAll(() => {
    process.chdir(ROOT);
  });

  it("exist", () => {
    expect(generated.length).toBeGreaterThan(0);
  });

  it.each(generated.map((g) => [g.title, g] as const))("%s", async (_title, g) => {
    if (g.error) throw g.error;
    if (g.noRun) return;
    await import(g.file);
  });

  it("typecheck", () => {
    const files = generated.filter((g) => !g.error).map((g) => g.file);
    const program = ts.createProgram(files, compilerOptions());
    const problems = files.flatMap((f) => {
      const sf = program.getSourceFile(f);
      if (!sf) return [`${f}: not read`];
      return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) => {
        const { line } = sf.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${f.slice(OUT.length)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    });
    expect(problems).toEqual([]);
  });
});
