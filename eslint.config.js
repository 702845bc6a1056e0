// One lint setup for the whole workspace. The regexp rules matter most here: the parsers run
// regular expressions over untrusted text, so super-linear backtracking is an error, not a style.
import js from "@eslint/js";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "**/docs/**",
      "**/.turbo/**",
      "**/test-output/**",
      "bench/results.json",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs["flat/recommended"],
  {
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "regexp/no-misleading-capturing-group": "error",
      "regexp/prefer-d": "off",
      "regexp/use-ignore-case": "off",
      "regexp/no-useless-flag": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "error",
    },
  },
  {
    files: ["apps/cli/**", "**/bench/**", "**/scripts/**", "**/*.config.*", "**/*.mjs"],
    rules: { "no-console": "off" },
  },
  {
    // The shared readers run in Node (the CLI) and in browsers (the dashboard): what differs is
    // passed in by the apps, so Node modules and DOM or Node globals are errors here.
    files: ["packages/table-readers/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["node:*"], message: "Node-only: pass it in from the CLI." }] },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "Buffer",
          "process",
          "require",
          "window",
          "document",
          "DOMParser",
          "Node",
          "Element",
          "HTMLElement",
        ].map((name) => ({
          name,
          message: "Environment-specific: take it as a parameter from the app.",
        })),
      ],
    },
  },
);
