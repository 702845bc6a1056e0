// Packaging checks need built packages (turbo runs `^build` first) and pack them once, in a global setup.
import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

export default mergeConfig(
  shared,
  defineConfig({
    test: { globalSetup: ["./src/globalSetup.ts"], testTimeout: 300_000, hookTimeout: 300_000 },
  }),
);
