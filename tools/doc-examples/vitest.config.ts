// Examples run in forked processes so that each test file may change the working directory: the
// examples run with the workspace root as cwd, where `seeds/` is.
import { defineConfig, mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

export default mergeConfig(shared, defineConfig({ test: { pool: "forks", testTimeout: 120_000 } }));
