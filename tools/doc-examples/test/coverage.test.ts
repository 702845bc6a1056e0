// Every export of the public packages has a TSDoc summary, and every exported function an @example.
import { describe, expect, it } from "vitest";
import { collectApi, missingDocs, PUBLIC_PACKAGES } from "../src/collect";

const { symbols } = collectApi();

describe.each(PUBLIC_PACKAGES)("the API of @minsheng/%s", (pkg) => {
  const own = symbols.filter(
    (s) => s.specifier === `@minsheng/${pkg}` || s.specifier.startsWith(`@minsheng/${pkg}/`),
  );
  const missing = missingDocs(own);

  it("has exports", () => {
    expect(own.length).toBeGreaterThan(0);
  });

  it("documents every export with a TSDoc summary", () => {
    expect(missing.undocumented).toEqual([]);
  });

  it("gives every exported function an @example", () => {
    expect(missing.withoutExample).toEqual([]);
  });
});
