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
    let items: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = wrap(value[i], true);
      if (item !== value[i]) (items ??= value.slice(0, i)).push(item);
      else items?.push(item);
    }
    const list = items ?? value;
    return inArray ? { [NESTED_ARRAY]: list } : list;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries(value)) {
    const wrapped = wrap(field, false);
    if (wrapped !== field) (copy ??= { ...value })[key] = wrapped;
  }
  return copy ?? value;
}

function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) {
    let items: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = unwrap(value[i]);
      if (item !== value[i]) (items ??= value.slice(0, i)).push(item);
      else items?.push(item);
    }
    return items ?? value;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  const inner = record[NESTED_ARRAY];
  if (Array.isArray(inner) && Object.keys(record).length === 1) return unwrap(inner);
  let copy: Record<string, unknown> | undefined;
  for (const [key, field] of Object.entries(record)) {
    const unwrapped = unwrap(field);
    if (unwrapped !== field) (copy ??= { ...record })[key] = unwrapped;
  }
  return copy ?? value;
}
