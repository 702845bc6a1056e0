// Shared vitest settings: tests run against sources (the `@minsheng/source` export condition),
// in UTC, and fail on any console output (library code never logs).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

process.env.TZ = "UTC";

const conditions = ["@minsheng/source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["@minsheng/source"] } },
  test: {
    env: { TZ: "UTC" },
    setupFiles: [fileURLToPath(new URL("./packages/test-utils/src/failOnConsole.ts", import.meta.url))],
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
