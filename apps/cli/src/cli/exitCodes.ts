/**
 * The CLI's exit codes, documented in `--help` and the README.
 * 1 is deliberately distinct from 2: scripts can tell "some input was bad but the output for the
 * rest was written" apart from "the command line itself was wrong, nothing was done".
 */
export const EXIT = {
  /** Everything read and written. */
  ok: 0,
  /** At least one input was unusable; the others were still processed and written. */
  inputError: 1,
  /** The command line was wrong (unknown command or option, bad value); nothing was written. */
  usage: 2,
} as const;

/** An exit code of the CLI. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in the command line: reported with the usage hint, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** One input that cannot be used; the message names the file and says why, in one line. */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}
