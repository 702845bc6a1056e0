// Installs the packed tarballs into a scratch project outside the workspace, offline (the third-party
// dependencies are packed from the pnpm store; the registry is pointed at a closed port), then uses
// them the way users do: `import` from ESM, `require` from CommonJS, and TypeScript with
// moduleResolution node16 and bundler. It parses a seed and computes metrics there.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dependencyClosure, packFolder, scratchDependencies } from "../src/closure";
import { tarballOf } from "../src/tarballs";
import { binOf, packageDir, PUBLIC_PACKAGES, readManifest, ROOT, run } from "../src/workspace";

const SEED = "003_af483f4de0f66109.txt";
const scratch = mkdtempSync(join(tmpdir(), "minsheng-smoke-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ESM = `
import { DOCUMENT_SCHEMA_ID, validateDocument, validateMetrics } from "@minsheng/core";
import { parseText } from "@minsheng/parsers";
import { parseFile } from "@minsheng/parsers/node";
import { computeMetrics } from "@minsheng/metrics";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const doc = parseFile("${SEED}");
const fromText = parseText(readFileSync("${SEED}", "utf8"), { path: "${SEED}" });
const metrics = computeMetrics([doc], { asOf: "2024-12-31" });
const schema = createRequire(import.meta.url)("@minsheng/core/schema/document.v1.json");
console.log(JSON.stringify({
  schema: doc.schema === DOCUMENT_SCHEMA_ID,
  lines: doc.source.lines,
  sameTasks: JSON.stringify(fromText.sections) === JSON.stringify(doc.sections),
  documentValid: validateDocument(JSON.parse(JSON.stringify(doc))).success,
  metricsValid: validateMetrics(JSON.parse(JSON.stringify(metrics))).success,
  jsonSchema: schema.title,
}));
`;

const CJS = `
const { DOCUMENT_SCHEMA_ID, validateDocument, validateMetrics } = require("@minsheng/core");
const { parseText } = require("@minsheng/parsers");
const { parseFile } = require("@minsheng/parsers/node");
const { computeMetrics } = require("@minsheng/metrics");
const { readFileSync } = require("node:fs");

const doc = parseFile("${SEED}");
const fromText = parseText(readFileSync("${SEED}", "utf8"), { path: "${SEED}" });
const metrics = computeMetrics([doc], { asOf: "2024-12-31" });
const schema = require("@minsheng/core/schema/document.v1.json");
console.log(JSON.stringify({
  schema: doc.schema === DOCUMENT_SCHEMA_ID,
  lines: doc.source.lines,
  sameTasks: JSON.stringify(fromText.sections) === JSON.stringify(doc.sections),
  documentValid: validateDocument(JSON.parse(JSON.stringify(doc))).success,
  metricsValid: validateMetrics(JSON.parse(JSON.stringify(metrics))).success,
  jsonSchema: schema.title,
}));
`;

// Typechecked, not run: the types of every entry, with the user's own annotations.
const TS = `
import { validateDocument, type Document, type Metrics, type Task } from "@minsheng/core";
import { parseText, type ParseOptions } from "@minsheng/parsers";
import { parseFile } from "@minsheng/parsers/node";
import { computeMetrics } from "@minsheng/metrics";

const options: ParseOptions = { path: "x.txt" };
const doc: Document = parseFile("${SEED}");
const other: Document = parseText("", options);
const tasks: Task[] = doc.sections.flatMap((s) => s.tasks);
const metrics: Metrics = computeMetrics([doc, other], { asOf: "2024-12-31" });
const r = validateDocument(doc as unknown);
export const summary: string = r.success ? \`\${tasks.length} \${metrics.schema}\` : r.issues[0]?.message ?? "";
`;

function tsconfig(module: string, moduleResolution: string, files: string[]): string {
  return JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      // DOM: zod's types name `URL`, which a Node project gets from @types/node.
      lib: ["ES2023", "DOM"],
      module,
      moduleResolution,
      strict: true,
      noEmit: true,
      types: [],
      skipLibCheck: false,
    },
    files,
  });
}

describe("the packed packages, installed outside the workspace", () => {
  beforeAll(() => {
    const tarballDir = inject("tarballDir");
    const own = new Set(PUBLIC_PACKAGES.map((p) => readManifest(packageDir(p)).name));
    const closure = dependencyClosure(
      PUBLIC_PACKAGES.map((p) => packageDir(p)),
      own,
    );
    const deps = join(scratch, "deps");
    mkdirSync(deps, { recursive: true });
    const { dependencies, overrides } = scratchDependencies(closure, (n) =>
      packFolder(n.dir, deps, `${n.name.replace("/", "-")}-${n.version}.tgz`),
    );
    for (const p of PUBLIC_PACKAGES) dependencies[`@minsheng/${p}`] = `file:${tarballOf(tarballDir, p)}`;
    writeFileSync(
      join(scratch, "package.json"),
      JSON.stringify(
        { name: "minsheng-smoke", private: true, type: "module", dependencies, overrides },
        null,
        2,
      ),
    );
    const npmCache = join(scratch, ".npm-cache");
    const r = run(
      "npm",
      [
        "install",
        "--offline",
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
        "--no-package-lock",
        "--cache",
        npmCache,
      ],
      scratch,
      // A closed port: if npm wanted anything from a registry, the install would fail.
      { npm_config_registry: "http://127.0.0.1:9/", npm_config_update_notifier: "false" },
    );
    if (!r.ok) throw new Error(`npm install failed:\n${r.output}`);
    copyFileSync(join(ROOT, "seeds", SEED), join(scratch, SEED));
    writeFileSync(join(scratch, "smoke.mjs"), ESM);
    writeFileSync(join(scratch, "smoke.cjs"), CJS);
    writeFileSync(join(scratch, "smoke.ts"), TS);
    writeFileSync(join(scratch, "smoke.cts"), TS);
    writeFileSync(
      join(scratch, "tsconfig.node16.json"),
      tsconfig("node16", "node16", ["smoke.ts", "smoke.cts"]),
    );
    writeFileSync(join(scratch, "tsconfig.bundler.json"), tsconfig("preserve", "bundler", ["smoke.ts"]));
  });

  const expected = {
    schema: true,
    lines: expect.any(Number),
    sameTasks: true,
    documentValid: true,
    metricsValid: true,
    jsonSchema: "minsheng.document/v1",
  };

  it.each(["smoke.mjs", "smoke.cjs"])("parse a seed and compute metrics from %s", (file) => {
    const r = run(process.execPath, [file], scratch);
    expect(r.ok, r.output).toBe(true);
    const out = JSON.parse(r.output.trim().split("\n").at(-1) ?? "{}") as { lines: number };
    expect(out).toEqual(expected);
    expect(out.lines).toBeGreaterThan(0);
  });

  it.each(["node16", "bundler"])("typecheck a TypeScript user with moduleResolution %s", (mode) => {
    const r = run(process.execPath, [binOf("typescript", "tsc"), "-p", `tsconfig.${mode}.json`], scratch);
    expect(r.ok, r.output).toBe(true);
  });
});
