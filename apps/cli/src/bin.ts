import { runWithBoundedHeap } from "./cli/boundHeap";
import { main } from "./cli/main";

const bounded = runWithBoundedHeap(process.argv.slice(2), process.argv[1]);
if (bounded !== null) process.exit(bounded);

// A reader that closes the pipe early (`minsheng parse … | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `minsheng: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
