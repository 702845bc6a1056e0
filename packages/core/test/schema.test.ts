import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentJsonSchema, metricsJsonSchema } from "../src/index";

describe("the JSON Schemas shipped in schema/", () => {
  it("are exactly what the zod schemas generate (run `pnpm --filter @minsheng/core schema` after a change)", () => {
    const doc = JSON.parse(readFileSync(new URL("../schema/document.v1.json", import.meta.url), "utf8"));
    const metrics = JSON.parse(readFileSync(new URL("../schema/metrics.v1.json", import.meta.url), "utf8"));
    expect(doc).toEqual(documentJsonSchema());
    expect(metrics).toEqual(metricsJsonSchema());
  });
});
