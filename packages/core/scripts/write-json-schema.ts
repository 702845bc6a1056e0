// Writes schema/*.v1.json from the zod schemas; a test fails when the committed files differ.
import { mkdirSync, writeFileSync } from "node:fs";
import { documentJsonSchema, metricsJsonSchema } from "../src/index";

const dir = new URL("../schema/", import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL("document.v1.json", dir), JSON.stringify(documentJsonSchema(), null, 2) + "\n");
writeFileSync(new URL("metrics.v1.json", dir), JSON.stringify(metricsJsonSchema(), null, 2) + "\n");
console.log("wrote schema/document.v1.json and schema/metrics.v1.json");
