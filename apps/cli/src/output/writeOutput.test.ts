import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeOutput } from "./writeOutput";

const dir = mkdtempSync(join(tmpdir(), "minsheng-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeOutput", () => {
  it("writes text given in pieces as its UTF-8, across blocks and with pieces larger than a block", async () => {
    // Small pieces filling several blocks, CJK (3 bytes), astral (4 bytes for 2 units) and a lone
    // surrogate (3 bytes for 1 unit), then a piece longer than a block, then small pieces again.
    const small = ["序号", "\t", "新增托位 600 个", "😀", "\n", "\ud800", "a"];
    const pieces: string[] = [];
    for (let i = 0; pieces.length < 700_000; i++) pieces.push(small[i % small.length] as string);
    pieces.push("长".repeat(1_500_000));
    for (let i = 0; i < 1000; i++) pieces.push(small[i % small.length] as string);
    const out = join(dir, "pieces.txt");
    await writeOutput(pieces, out);
    expect(readFileSync(out).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
    // the temporary file was renamed over the output
    expect(readdirSync(dir)).toEqual(["pieces.txt"]);
  });

  it("writes a string and bytes as given", async () => {
    const text = join(dir, "text.txt");
    await writeOutput("民生\n", text);
    expect(readFileSync(text, "utf8")).toBe("民生\n");
    const bytes = join(dir, "bytes.bin");
    await writeOutput(new Uint8Array([0, 1, 2, 255]), bytes);
    expect([...readFileSync(bytes)]).toEqual([0, 1, 2, 255]);
  });
});
