import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** What a command writes: a whole string or bytes, or text in pieces (large JSON). */
export type OutputContent = string | Uint8Array | Iterable<string>;

// Pieces are gathered into blocks of about this many characters before each write.
const BLOCK = 1 << 20;

function* blocks(content: OutputContent): Generator<Uint8Array> {
  if (typeof content === "string") return yield Buffer.from(content, "utf8");
  if (content instanceof Uint8Array) return yield content;
  // Pieces are encoded straight into the block (no string joined first). A UTF-16 unit takes at
  // most 3 bytes of UTF-8, so a piece fits when 3 × its length does; a longer one goes alone.
  let block = Buffer.allocUnsafe(BLOCK * 3);
  let used = 0;
  for (const piece of content) {
    if (used + piece.length * 3 > block.length) {
      if (used > 0) {
        yield block.subarray(0, used);
        block = Buffer.allocUnsafe(BLOCK * 3);
        used = 0;
      }
      if (piece.length * 3 > block.length) {
        yield Buffer.from(piece, "utf8");
        continue;
      }
    }
    used += block.write(piece, used, "utf8");
  }
  if (used > 0) yield block.subarray(0, used);
}

function writeStdout(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(bytes, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Writes the command's output: to `out` through a temporary file in the same directory that is
 * renamed over it once complete (a crash or a full disk never leaves half a file), or to stdout.
 * Content given in pieces is written block by block, never held whole.
 */
export async function writeOutput(content: OutputContent, out: string | undefined): Promise<void> {
  if (!out || out === "-") {
    for (const bytes of blocks(content)) await writeStdout(bytes);
    return;
  }
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, "w");
    try {
      for (const bytes of blocks(content)) {
        let offset = 0;
        while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, out);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
