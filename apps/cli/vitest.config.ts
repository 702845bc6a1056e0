import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

// The CLI is tested as users run it: the built dist/bin.js as a process. globalSetup builds it
// once when it is missing or older than its sources.
export default mergeConfig(
  shared,
  defineConfig({
    test: { globalSetup: [fileURLToPath(new URL("./test/helpers/buildCli.ts", import.meta.url))] },
  }),
);
