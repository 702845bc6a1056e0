import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes the command's output: to `out` through a temporary file in the same directory that is
 * renamed over it once complete (a crash or a full disk never leaves half a file), or to stdout.
 */
export async function writeOutput(content: string | Uint8Array, out: string | undefined): Promise<void> {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  if (!out || out === "-") {
    await new Promise<void>((resolve, reject) => {
      process.stdout.write(bytes, (error) => (error ? reject(error) : resolve()));
    });
    return;
  }
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, "w");
    try {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset);
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
