import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { examplesOf } from "../src/collect";
import { toModule } from "../src/transform";

const OUT = fileURLToPath(new URL("../test-output/transform/", import.meta.url));

async function run(name: string, code: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.ts`);
  writeFileSync(file, toModule(code).source);
  await import(file);
}

describe("toModule", () => {
  it.each([
    { input: "f(1); //=> 2", out: "expect(f(1)).toEqual(2);" },
    { input: 'a.b?.c; //=> "大兴区"', out: 'expect(a.b?.c).toEqual("大兴区");' },
    { input: "g({\n  x: 1,\n}).y; //=> [1, 2]", out: "expect(g({\n  x: 1,\n}).y).toEqual([1, 2]);" },
    { input: "h(); //=> throws", out: "expect(() => h()).toThrow();" },
    { input: "f(1);\n//=> [1]", out: "expect(f(1)).toEqual([1]);" },
  ])("turns $input into an assertion", ({ input, out }) => {
    const mod = toModule(input);
    expect(mod.source).toContain(out);
    expect(mod.assertions).toBe(1);
  });

  it("keeps statements without //=> as they are", () => {
    expect(toModule("const a = f(); // a comment\n").source).toContain("const a = f(); // a comment");
  });

  it("refuses a //=> it cannot attach to an expression statement", () => {
    expect(() => toModule("const a = 1; //=> 1")).toThrow(/1 "\/\/=>" line/);
    expect(() => toModule("f(1);\n\n//=> 1")).toThrow(/1 "\/\/=>" line/);
  });

  it("imports the documented symbol when the example does not", () => {
    expect(
      toModule("parseText(''); //=> 1", { name: "parseText", from: "@minsheng/parsers" }).source,
    ).toContain('import { parseText } from "@minsheng/parsers";');
    expect(
      toModule('import { parseText } from "@minsheng/parsers";\nparseText("");', {
        name: "parseText",
        from: "x",
      }).source,
    ).not.toContain('from "x"');
  });

  it("passes an example whose claims hold", async () => {
    await expect(
      run("holds", "[1, 2].length; //=> 2\n'a'.toUpperCase(); //=> \"A\""),
    ).resolves.toBeUndefined();
  });

  it("fails an example whose claim is wrong", async () => {
    await expect(run("wrong", "[1, 2].length; //=> 3")).rejects.toThrow(/expected 2 to deeply equal 3/);
  });

  it("fails an example that throws", async () => {
    await expect(run("throws", "JSON.parse('{');")).rejects.toThrow(SyntaxError);
  });

  it("runs examples against the sources, so a broken export fails", async () => {
    await expect(
      run(
        "source",
        'import { findIssuer } from "@minsheng/core";\nfindIssuer("北京市通州区人民政府文件")?.name; //=> "东城区"',
      ),
    ).rejects.toThrow(/通州区/);
  });
});

describe("examplesOf", () => {
  it("reads each fenced block, and the no-run mark", () => {
    expect(examplesOf("```ts\na();\n```\ntext\n```ts no-run\nb();\n```")).toEqual([
      { code: "a();\n", noRun: false },
      { code: "b();\n", noRun: true },
    ]);
  });

  it("skips blocks in other languages", () => {
    expect(examplesOf("```sh\nls\n```")).toEqual([]);
  });

  it("reads an example without a fence as code", () => {
    expect(examplesOf("a(); //=> 1")).toEqual([{ code: "a(); //=> 1\n", noRun: false }]);
  });
});
