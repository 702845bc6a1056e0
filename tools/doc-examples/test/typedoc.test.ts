// The API site builds without a single warning: typedoc runs with `treatWarningsAsErrors` and
// `validation.notDocumented`, so an undocumented export, a broken {@link} or an unexported type in a
// public signature fails here (and `pnpm docs` fails the same way).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../src/collect";

const require = createRequire(import.meta.url);
const typedoc = join(dirname(require.resolve("typedoc/package.json")), "bin", "typedoc");

describe("the API documentation", () => {
  it("builds with typedoc without warnings", () => {
    // Rendered for real (into a temporary folder): some warnings only appear while rendering.
    const out = mkdtempSync(join(tmpdir(), "minsheng-typedoc-"));
    const r = spawnSync(process.execPath, [typedoc, "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    rmSync(out, { recursive: true, force: true });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status, output).toBe(0);
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
  });
});
