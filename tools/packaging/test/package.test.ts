// The tarballs as they would be published: publint --strict, attw, their contents, and a browser-safe
// main entry for every package (the Node-only code lives in `@minsheng/parsers/node`).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, describe, expect, inject, it } from "vitest";
import { externalImports, isNodeBuiltin } from "../src/imports";
import { tarballOf } from "../src/tarballs";
import { binOf, PUBLIC_PACKAGES, readManifest, run } from "../src/workspace";

const tarballDir = inject("tarballDir");
const unpacked = mkdtempSync(join(tmpdir(), "minsheng-unpacked-"));
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

function unpack(pkg: (typeof PUBLIC_PACKAGES)[number]): string {
  const dest = join(unpacked, pkg);
  execFileSync("mkdir", ["-p", dest]);
  execFileSync("tar", ["-xzf", tarballOf(tarballDir, pkg), "-C", dest]);
  return join(dest, "package");
}

function entryFiles(root: string, subpath: string): { import: string; require: string } {
  const target = readManifest(root).exports?.[subpath] as Record<string, { default: string }>;
  return { import: join(root, target.import!.default), require: join(root, target.require!.default) };
}

describe.each(PUBLIC_PACKAGES)("the @minsheng/%s tarball", (pkg) => {
  const tarball = tarballOf(tarballDir, pkg);
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);

  it("passes publint --strict", async () => {
    const bytes = readFileSync(tarball);
    const { messages, pkg: manifest } = await publint({
      strict: true,
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, manifest, { color: false })}`)).toEqual([]);
  });

  it("passes attw (are the types wrong?) in every resolution mode", () => {
    const r = run(
      process.execPath,
      [binOf("@arethetypeswrong/cli", "attw"), tarball, "--format", "ascii"],
      tmpdir(),
      {
        NO_COLOR: "1",
      },
    );
    expect(r.ok, r.output).toBe(true);
  });

  it("ships the build, the README and the license, and no tests or fixtures", () => {
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/index.cjs");
    expect(files).toContain("package/dist/index.d.ts");
    expect(files).toContain("package/dist/index.d.cts");
    expect(files).toContain("package/README.md");
    expect(files).toContain("package/LICENSE");
    expect(files.filter((f) => /\.test(?:-d)?\.ts$|\/fixtures\//.test(f))).toEqual([]);
  });

  it("pins workspace dependencies to versions", () => {
    const manifest = JSON.parse(
      execFileSync("tar", ["-xzOf", tarball, "package/package.json"], { encoding: "utf8" }),
    ) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.values(manifest.dependencies ?? {}).filter((v) => v.startsWith("workspace:"))).toEqual([]);
  });

  it("has a main entry (ESM and CJS) that imports nothing from Node", () => {
    const root = unpack(pkg);
    const entry = entryFiles(root, ".");
    for (const file of [entry.import, entry.require]) {
      expect([...externalImports(file)].filter(isNodeBuiltin), file).toEqual([]);
    }
  });
});

describe("the @minsheng/parsers/node entry", () => {
  it("is where the file reading is (the check above would see it)", () => {
    const root = unpack("parsers");
    const entry = entryFiles(root, "./node");
    for (const file of [entry.import, entry.require]) {
      expect([...externalImports(file)].filter(isNodeBuiltin).length, file).toBeGreaterThan(0);
    }
  });
});
