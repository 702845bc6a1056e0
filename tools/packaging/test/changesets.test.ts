// Releases: the three public packages move as one fixed group, private packages are never versioned,
// and every change waiting for a release has a changeset (`changeset status` exits 0).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { binOf, packageDir, PUBLIC_PACKAGES, readManifest, ROOT, run } from "../src/workspace";

const config = JSON.parse(readFileSync(join(ROOT, ".changeset", "config.json"), "utf8")) as {
  fixed: string[][];
  access: string;
  privatePackages: { version: boolean; tag: boolean };
};

describe("changesets", () => {
  it("releases the public packages as one fixed group", () => {
    expect(config.fixed).toEqual([PUBLIC_PACKAGES.map((p) => readManifest(packageDir(p)).name)]);
    expect(config.access).toBe("public");
    expect(config.privatePackages).toEqual({ version: false, tag: false });
  });

  it("has a changeset for every pending change (changeset status)", () => {
    const r = run(process.execPath, [binOf("@changesets/cli", "changeset"), "status"], ROOT);
    expect(r.ok, r.output).toBe(true);
  });
});
