import { defineConfig } from "tsup";

// The workspace packages are bundled from source (the @minsheng/source condition), so the built
// CLI needs no prior build of core, parsers and metrics and always matches their current code.
// Third-party dependencies stay external and are resolved from node_modules at run time.
export default defineConfig({
  entry: ["src/bin.ts"],
  format: ["esm"],
  clean: true,
  sourcemap: true,
  target: "node20",
  platform: "node",
  banner: { js: "#!/usr/bin/env node" },
  noExternal: [/^@minsheng\//],
  esbuildOptions(options) {
    options.conditions = ["@minsheng/source", "import", "module", "node", "default"];
  },
});
