import { readFileSync } from "node:fs";
import { CityItemCatalogSchema, formatIssues, type CityItemCatalog } from "@minsheng/core";
import { UsageError } from "../cli/exitCodes";

/**
 * Reads `--catalog FILE`: one city-item catalog or an array of them (JSON), checked against the
 * schema. A bad catalog is a usage error: resolving keys against it would mislead.
 */
export function readCatalogs(path: string | undefined): CityItemCatalog[] | undefined {
  if (!path) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(
      `--catalog ${path}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
    );
  }
  return (Array.isArray(value) ? value : [value]).map((item: unknown, k) => {
    const r = CityItemCatalogSchema.safeParse(item);
    if (r.success) return r.data;
    const issues = r.error.issues.map((i) => ({
      path: `$[${k}].${i.path.map(String).join(".")}`,
      message: i.message,
    }));
    throw new UsageError(
      `--catalog ${path} is not a city-item catalog: ${formatIssues(issues).split("\n")[0]}`,
    );
  });
}
