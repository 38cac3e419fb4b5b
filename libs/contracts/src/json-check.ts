import { validateSync, type ValidationError } from 'class-validator';

import { jsonToInstance } from './json-instance';
import { passesRules } from './rule-check';

/** One field's errors; `field` is its path (`lines.0.trays`). */
export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

export type JsonCheck<T> =
  { readonly ok: true; readonly instance: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * A JSON object checked against its class, with the answer class-transformer
 * and class-validator (whitelist, forbidNonWhitelisted) give, but without them
 * on a valid body's way: built by jsonToInstance, found valid by passesRules.
 * An invalid body gets its unknown fields and class-validator's errors. The
 * one check of the edges: Kafka messages (parseMessage) and HTTP bodies (the
 * validation pipe).
 *
 * `undefined` when the class, or one of its rules, is beyond jsonToInstance
 * and passesRules (see there): the caller uses the libraries.
 */
export function checkJson<T extends object>(
  cls: abstract new () => T,
  json: Record<string, unknown>,
): JsonCheck<T> | undefined {
  const built = jsonToInstance<T>(cls, json);
  if (!built) return undefined;
  if (built.unknown.length === 0) {
    const passes = passesRules(built.instance);
    if (passes === true) return { ok: true, instance: built.instance };
    if (passes === undefined) return undefined;
  }
  const unknown = built.unknown.map(({ field, message }) => ({ field, messages: [message] }));
  const errors = [...unknown, ...fieldErrors(validateSync(built.instance))];
  // class-validator has the last word on a body passesRules refused.
  return errors.length === 0 ? { ok: true, instance: built.instance } : { ok: false, errors };
}

/** class-validator's nested errors, flattened to `path.to.field: messages`. */
export function fieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}
