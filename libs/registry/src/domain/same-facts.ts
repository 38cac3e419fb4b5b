/**
 * Flat records with the same fields and values, whatever their key order. Optional
 * fields are left out of events (never `undefined`), so absent equals absent.
 */
export function sameFacts<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(b) as (keyof T)[];
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}
