import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";
import { seedsPlugin } from "./seeds.ts";

export default defineConfig({
  // Relative asset URLs: dist/ works from any path (a static host's sub-folder, or file-like serving in tests).
  base: "./",
  plugins: [seedsPlugin(fileURLToPath(new URL("../../seeds", import.meta.url)))],
  resolve: {
    // Workspace packages are bundled from their TypeScript sources (the `@minsheng/source` export
    // condition), in dev, test and build alike: no prior `tsup` build is needed, and the page can never
    // run older parser/metrics code than the tests that compare it with `computeMetrics` in Node.
    conditions: ["@minsheng/source", ...defaultClientConditions],
  },
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
    // The page is one chunk (Plot + d3 are most of it), a single request after the HTML. The readers
    // for .docx (mammoth, ~300 KB) and .xlsx (exceljs' browser bundle, ~930 KB) are chunks of their
    // own, loaded only when such a file is dropped; the limit is set above the exceljs chunk.
    chunkSizeWarningLimit: 1000,
  },
});
