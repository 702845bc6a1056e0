import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runWithBoundedHeap } from "./boundHeap";

const dir = mkdtempSync(join(tmpdir(), "minsheng-heap-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("runWithBoundedHeap", () => {
  it("lets small inputs and commands other than parse run in the current process", () => {
    const small = join(dir, "small.txt");
    writeFileSync(small, "1.新增托位 600 个。\n");
    expect(runWithBoundedHeap(["parse", small], "bin.js")).toBeNull();
    expect(runWithBoundedHeap(["metrics", small], "bin.js")).toBeNull();
    expect(runWithBoundedHeap(["parse", join(dir, "missing.txt")], "bin.js")).toBeNull();
  });
});
