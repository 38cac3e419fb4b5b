/**
 * FerretDB v1 refuses an array directly inside an array ("nested arrays are
 * not supported"), and read models keep their lines as tuples in lists
 * (`[[day, price, eggs], …]`). On the way into a MongoDB-wire server each such
 * inner array is wrapped as `{ [NESTED_ARRAY]: [...] }` and unwrapped on the way
 * out, so every adapter stores and hands back the same JSON. MongoDB itself
 * would take nested arrays; one encoding keeps a database portable between the
 * two. Queries filter and sort on top-level fields only, which this never changes.
 */
export const NESTED_ARRAY = '__array';

/** The document as stored: every array inside an array wrapped. Returns `value` itself when there is none. */
export function wrapNestedArrays<T>(value: T): T {
  return wrap(value, false) as T;
}

/** The document as the projection wrote it. Returns `value` itself when nothing was wrapped. */
export function unwrapNestedArrays<T>(value: T): T {
  return unwrap(value) as T;
}

function wrap(value: unknown, inArray: boolean): unknown {
  if (Array.isArray(value)) {
    const list = mapShared(value, (item) => wrap(item, true));
    return inArray ? { [NESTED_ARRAY]: list } : list;
  }
  return isRecord(value) ? mapShared(value, (field) => wrap(field, false)) : value;
}

function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) return mapShared(value, unwrap);
  if (!isRecord(value)) return value;
  const inner = value[NESTED_ARRAY];
  if (Array.isArray(inner) && Object.keys(value).length === 1) return unwrap(inner);
  return mapShared(value, unwrap);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !(value instanceof Date);

/** `change` applied to each item or field; the value itself when nothing changed (most documents have no lines). */
function mapShared<T extends unknown[] | Record<string, unknown>>(value: T, change: (item: unknown) => unknown): T {
  let copy: T | undefined;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const changed = change(item);
    if (changed !== item)
      ((copy ??= (Array.isArray(value) ? [...value] : { ...value }) as T) as Record<string, unknown>)[key] = changed;
  }
  return copy ?? value;
}
