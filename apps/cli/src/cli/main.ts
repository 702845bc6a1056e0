import { createCli, STDIN_TOKEN, USAGE, type PendingRun } from "./createCli";
import { EXIT, InputError, UsageError, type ExitCode } from "./exitCodes";

const isCacError = (e: unknown) => e instanceof Error && e.name === "CACError";

/**
 * Runs the CLI on arguments (without `node` and the script) and returns the exit code. Output
 * goes to stdout only when it is the requested output; everything else goes to stderr.
 */
export async function main(args: readonly string[]): Promise<ExitCode> {
  let pending: PendingRun | null = null;
  const cli = createCli((run) => {
    pending = run;
  });
  try {
    // mri (under cac) drops a lone "-", so standard input travels as a token and is restored in the actions.
    const parsed = cli.parse(["node", "minsheng", ...args.map((a) => (a === "-" ? STDIN_TOKEN : a))], {
      run: false,
    });
    if (parsed.options.help || parsed.options.version) return EXIT.ok;
    if (!cli.matchedCommand) {
      const [first] = parsed.args;
      process.stderr.write(first ? `minsheng: unknown command "${first}"\n${USAGE}` : USAGE);
      return EXIT.usage;
    }
    await cli.runMatchedCommand();
    const run = pending as PendingRun | null;
    return run ? await run() : EXIT.usage;
  } catch (error) {
    if (error instanceof UsageError || isCacError(error)) {
      process.stderr.write(`minsheng: ${(error as Error).message}\n${USAGE}`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      process.stderr.write(`minsheng: ${error.message}\n`);
      return EXIT.inputError;
    }
    // Writing the output failed (disk full, no permission for --out): nothing usable was produced.
    const e = error as NodeJS.ErrnoException;
    process.stderr.write(`minsheng: ${e.code ? `${e.code}: ` : ""}${e.message ?? String(error)}\n`);
    return EXIT.inputError;
  }
}
