/**
 * The first line of an error's message, cut to 200 characters: the readers put it in one-line
 * reasons ("not a readable Excel .xlsx file (…)"), and library errors can be long stack-like texts.
 *
 * @example
 * ```ts
 * firstLine(new Error("End of data reached\n  at …")); //=> "End of data reached"
 * ```
 */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").slice(0, 200);
}
