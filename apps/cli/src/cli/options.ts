import { UsageError, type InputError } from "./exitCodes";

/** The options commands share; cac camel-cases `--as-of` to `asOf`. */
export interface CommonOptions {
  readonly format?: string;
  readonly out?: string;
  readonly bom?: boolean;
  readonly maxSize?: string | number;
  readonly asOf?: string;
  readonly table?: string;
  readonly catalog?: string;
}

/** The largest input read by default; government reports are far smaller, junk and dumps are not. */
export const DEFAULT_MAX_SIZE = "64MB";

/** Reads `--max-size` (200MB, 1.5G, 5000K, or plain megabytes) into bytes. */
export function parseMaxSize(value: string | number | undefined): number {
  const text = String(value ?? DEFAULT_MAX_SIZE).trim();
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text);
  if (!m?.[1]) throw new UsageError(`--max-size must be a size such as 64MB or 1.5GB, got "${text}"`);
  const unit = (m[2] ?? "").toLowerCase();
  const factor = unit === "k" ? 1024 : unit === "g" ? 1024 ** 3 : 1024 ** 2;
  return Math.floor(Number(m[1]) * factor);
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Today in the local time zone, the default of `--as-of` (the metrics themselves never read the clock). */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** Checks `--as-of` is a real calendar date written YYYY-MM-DD. */
export function parseAsOf(value: string | number | undefined): string {
  if (value === undefined) return today();
  const text = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text)
    throw new UsageError(`--as-of must be a date written YYYY-MM-DD, got "${text}"`);
  return text;
}

/** Checks `--format` against what the command can write; the first allowed one is the default. */
export function pickFormat<F extends string>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  const f = String(value).toLowerCase();
  if (!(allowed as readonly string[]).includes(f))
    throw new UsageError(`--format must be one of ${allowed.join(", ")} for this command, got "${value}"`);
  return f as F;
}

/** Binary output on an interactive terminal is never what was meant. */
export function refuseBinaryOnTerminal(format: string, out: string | undefined): void {
  if (!out && process.stdout.isTTY)
    throw new UsageError(`${format} is binary: write it with --out FILE or redirect standard output`);
}

/** Prints each unusable input on its own line of stderr; returns whether there were any. */
export function reportProblems(problems: readonly InputError[]): boolean {
  for (const p of problems) process.stderr.write(`minsheng: ${p.message}\n`);
  return problems.length > 0;
}

/** Whether human output should be the terminal table rather than Markdown. */
export function wantsTerminalText(out: string | undefined): boolean {
  return !out && process.stdout.isTTY === true;
}

/** The terminal's width for text tables, bounded so tables stay readable. */
export function terminalWidth(): number {
  return Math.max(60, Math.min(process.stdout.columns || 120, 200));
}
