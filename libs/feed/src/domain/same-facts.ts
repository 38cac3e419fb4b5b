/**
 * Two facts are the same when they hold the same fields and values, whatever their key
 * order. An optional field left out equals one set to `undefined`: an event read back
 * from the store has lost its `undefined` keys, and a repeat must still be recognised.
 */
export function sameFacts(a: object, b: object): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
