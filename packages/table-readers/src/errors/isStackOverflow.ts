/**
 * Whether an error is the engine running out of call stack: V8 and JavaScriptCore throw a
 * RangeError "Maximum call stack size exceeded", SpiderMonkey an InternalError "too much
 * recursion". Libraries that walk a document recursively (mammoth) throw it on elements nested a
 * few thousand deep; the readers then say the file nests too deep instead of quoting the engine.
 *
 * @example
 * ```ts
 * isStackOverflow(new RangeError("Maximum call stack size exceeded")); //=> true
 * isStackOverflow(new Error("End of data reached")); //=> false
 * ```
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof Error && /maximum call stack size exceeded|too much recursion/i.test(error.message);
}
