import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      // Builds dist/ when it is missing or older than its inputs, so `pnpm --filter dashboard test` works alone.
      globalSetup: [fileURLToPath(new URL("./test/globalSetup.ts", import.meta.url))],
      // One Chromium at a time: the machine has two shared cores.
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  }),
);
