import { defineConfig } from "tsup";

/**
 * The build of a published library package (core, parsers, metrics): ESM and CJS with their
 * type declarations (`.d.ts` and `.d.cts`), so both `import` and `require` users get types.
 * `platform: "neutral"` because the libraries run in Node and in browsers alike; anything
 * Node-only lives behind its own entry (parsers' `node`).
 *
 * @param entry - the package's entry modules, one output file each (plus shared chunks)
 */
export const libraryConfig = (entry: string[]) =>
  defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node20",
    platform: "neutral",
  });
