import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** One field's errors; `field` is its path (`lines.0.trays`). */
export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

export type JsonCheck<T> =
  { readonly ok: true; readonly instance: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Objects and lists nested deeper than this are refused before any field is read; our bodies nest 3 or 4 deep. */
export const MAX_JSON_DEPTH = 16;

/**
 * The check of the edges that decides and words the errors, for HTTP bodies
 * (the validation pipe) and Kafka messages (parseMessage): a value fresh from
 * `JSON.parse`, its shape checked (shapeErrors), then built as its class by
 * class-transformer (`plainToInstance`) and checked by class-validator
 * (`validateSync`, unknown fields refused: `whitelist`,
 * `forbidNonWhitelisted`). It costs tens of µs an object, most of it
 * class-validator looking through every registered class for each object it
 * checks (typestack/class-validator#2686, open in 0.15.1), and grows with the
 * classes loaded: so parseMessage first tries the message class's compiled
 * JSON Schema (compiled-check.ts), which accepts exactly what this accepts,
 * and comes here only for a message the schema refuses, to word why.
 */
export function checkJson<T extends object>(cls: abstract new () => T, json: unknown): JsonCheck<T> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ field: '', messages: ['the body must be a JSON object'] }] };
  }
  const shape = shapeErrors(json);
  if (shape.length > 0) return { ok: false, errors: shape };
  const instance = plainToInstance(cls as new () => T, json);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  return errors.length === 0 ? { ok: true, instance } : { ok: false, errors: fieldErrors(errors) };
}

/**
 * What the libraries would get wrong, found in one walk:
 * - nesting deeper than MAX_JSON_DEPTH: both libraries recurse, and a body of a
 *   few thousand nested lists overflowed the stack;
 * - a key named like an `Object.prototype` member (`__proto__`, `constructor`,
 *   `valueOf`…): class-transformer drops such a field without a word (or throws
 *   a TypeError on a nested `constructor`), so class-validator never sees it
 *   to refuse it;
 * - a list inside a list: `@ValidateNested({ each: true })` looks through it
 *   and checks its elements as if they were the outer list's, so
 *   `"sizes":[[{…}]]` passed as one size. No body or message of ours has lists
 *   of lists.
 */
export function shapeErrors(json: object): FieldError[] {
  const errors: FieldError[] = [];
  const tooDeep = walk(json, '', 1, false, errors);
  return tooDeep ? [tooDeep] : errors;
}

/** Collects the errors of one value and what it holds; answers the first value found too deep, where it stops. */
function walk(
  value: object,
  path: string,
  depth: number,
  inList: boolean,
  errors: FieldError[],
): FieldError | undefined {
  if (depth > MAX_JSON_DEPTH)
    return { field: path.slice(0, -1), messages: [`nested deeper than ${MAX_JSON_DEPTH} levels`] };
  if (Array.isArray(value)) {
    if (inList) errors.push({ field: path.slice(0, -1), messages: ['a list inside a list is not accepted'] });
    for (let i = 0; i < value.length; i++) {
      const element: unknown = value[i];
      if (typeof element !== 'object' || element === null) continue;
      const tooDeep = walk(element, `${path}${i}.`, depth + 1, true, errors);
      if (tooDeep) return tooDeep;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (key in Object.prototype) errors.push({ field: path + key, messages: [`property ${key} should not exist`] });
    const field: unknown = (value as Record<string, unknown>)[key];
    if (typeof field !== 'object' || field === null) continue;
    const tooDeep = walk(field, `${path}${key}.`, depth + 1, false, errors);
    if (tooDeep) return tooDeep;
  }
  return undefined;
}

/** class-validator's nested errors, flattened to `path.to.field: messages`. */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}
