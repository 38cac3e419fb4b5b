/** Freezes `value` and everything in it not frozen yet (a frozen part is taken to be frozen all through). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) for (const child of value as unknown[]) deepFreeze(child);
    else for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
