import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** What a command writes: a whole string or bytes, or text in pieces (large JSON). */
export type OutputContent = string | Uint8Array | Iterable<string>;

// Pieces are gathered into blocks of about this many characters before each write.
const BLOCK = 1 << 20;

function* blocks(content: OutputContent): Generator<Uint8Array> {
  if (typeof content === "string") return yield Buffer.from(content, "utf8");
  if (content instanceof Uint8Array) return yield content;
  let pending: string[] = [];
  let size = 0;
  for (const piece of content) {
    pending.push(piece);
    size += piece.length;
    if (size >= BLOCK) {
      yield Buffer.from(pending.join(""), "utf8");
      pending = [];
      size = 0;
    }
  }
  if (pending.length) yield Buffer.from(pending.join(""), "utf8");
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
