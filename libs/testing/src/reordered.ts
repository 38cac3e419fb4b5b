/**
 * The same facts with every object's keys in reverse order, at any depth: an event as an earlier build wrote it,
 * or as another store gives it back. A repeat of its command must still be a no-op.
 */
export function withKeysReversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map((element: unknown) => withKeysReversed(element)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, withKeysReversed(v)]),
  ) as T;
}
