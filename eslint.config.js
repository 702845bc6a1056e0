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
    // Spreading an array into a call's arguments throws RangeError past about 120,000 elements
    // (Math.max over a dense PDF page's pieces, push of a file's documents, a report table's rows):
    // the inputs here are any size, so fold or loop instead. Tests and test utilities build small
    // arrays of their own.
    files: ["**/*.ts"],
    ignores: ["**/*.test.ts", "**/test/**", "packages/test-utils/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          "CallExpression[callee.object.name='Math'] > SpreadElement",
          "CallExpression[callee.property.name=/^(push|unshift|splice|fromCharCode|fromCodePoint)$/] > SpreadElement",
        ].map((selector) => ({
          selector,
          message: "Spread into arguments: past ~120,000 elements this throws RangeError. Fold or loop.",
        })),
      ],
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
