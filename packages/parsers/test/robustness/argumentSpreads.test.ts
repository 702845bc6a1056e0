// Spreading an array into a call's arguments throws RangeError past about 120,000 elements: a
// report of 150,000 tasks crashed the CLI's text table that way, and a dense PDF page its reader.
// The lint config makes such spreads errors in every source file; this holds it to that.
import { ROOT } from "@minsheng/test-utils";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: ROOT });

/** The messages of the spread rule for `code` linted as a file at `path` (from the root). */
async function spreadErrors(code: string, path: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.severity);
}

describe("spreads into a call's arguments", () => {
  const spreads = [
    "export const f = (xs: number[]) => Math.max(...xs);",
    "export const f = (xs: number[]) => Math.min(0, ...xs);",
    "export const f = (out: number[], xs: number[]) => out.push(...xs);",
    "export const f = (xs: number[]) => String.fromCharCode(...xs);",
  ];

  it("are lint errors in the sources of every package and app", async () => {
    for (const path of [
      "packages/parsers/src/x.ts",
      "packages/metrics/src/x.ts",
      "apps/cli/src/x.ts",
      "apps/dashboard/src/x.ts",
    ])
      for (const code of spreads) expect(await spreadErrors(code, path), `${path}: ${code}`).toEqual([2]);
  });

  it("are not when folded, nor in tests, nor when spreading into an array", async () => {
    expect(
      await spreadErrors(
        "export const f = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), -Infinity);",
        "packages/parsers/src/x.ts",
      ),
    ).toEqual([]);
    expect(
      await spreadErrors("export const f = (xs: number[]) => [...xs, 1];", "packages/parsers/src/x.ts"),
    ).toEqual([]);
    expect(await spreadErrors(spreads[0] ?? "", "packages/parsers/src/x.test.ts")).toEqual([]);
  });
});
