/**
 * The items in an array of their own length. An array grown by `push` keeps room for more (17
 * slots after its first push), and the arrays a parsed document keeps (figures, bodies, leaders,
 * points) hold one to three items: copied to their length, a large document takes less memory.
 * An empty array is returned as it is.
 * @internal
 *
 * @example
 * ```ts
 * const grown: number[] = [];
 * grown.push(1);
 * fitted(grown); //=> [1]
 * ```
 */
export function fitted<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}
