import cliProgress from "cli-progress";

/** A progress indicator that may be a no-op. */
export interface Progress {
  tick(label: string): void;
  stop(): void;
}

/** Below this many files, reading is quick enough that a bar would only flicker. */
const MIN_FILES = 4;

/**
 * A progress bar on stderr when more than a few files are read and a person is watching: stderr is
 * a terminal and CI is not set. Otherwise nothing, so pipes and logs stay clean.
 */
export function createProgress(total: number): Progress {
  if (total < MIN_FILES || !process.stderr.isTTY || process.env.CI)
    return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: "reading {bar} {value}/{total} {file}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    tick(file) {
      if (!started) {
        bar.start(total, 0, { file });
        started = true;
      } else bar.increment(1, { file });
    },
    stop() {
      if (started) {
        bar.update(total);
        bar.stop();
      }
    },
  };
}
