import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

import { jsonToInstance } from '../json-instance';
import { passesRules } from '../rule-check';
import { installValidationMetadataCache } from '../validation-cache';
import type { IntegrationMessage } from './integration-message';
import type { MessageClass } from './topics';

installValidationMetadataCache();

export interface MessageFieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

export type ParseResult<M extends IntegrationMessage> =
  | { readonly ok: true; readonly message: M }
  | { readonly ok: false; readonly code: 'malformed_json' | 'validation_failed'; readonly errors: MessageFieldError[] };

/**
 * Parses and validates one message body against its class: unknown fields are
 * refused (as over HTTP), so a typo in a partner's field name is not silently lost.
 * The instance is built by jsonToInstance (planned once per class), else by
 * class-transformer; a valid one is told by passesRules, and class-validator
 * gives the errors of an invalid one.
 */
export function parseMessage<M extends IntegrationMessage>(
  messageClass: MessageClass,
  body: Buffer | string | null,
): ParseResult<M> {
  let json: unknown;
  try {
    json = JSON.parse(body === null ? '' : body.toString());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'malformed_json', errors: [{ field: '', messages: [`not JSON: ${reason}`] }] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, code: 'malformed_json', errors: [{ field: '', messages: ['the body must be a JSON object'] }] };
  }
  const built = jsonToInstance<M>(messageClass, json as Record<string, unknown>);
  if (!built) return parseWithLibraries(messageClass, json);
  if (built.unknown.length === 0 && passesRules(built.instance) === true) return { ok: true, message: built.instance };
  const errors = validateSync(built.instance as object);
  if (built.unknown.length > 0 || errors.length > 0) {
    const unknown = built.unknown.map(({ field, message }) => ({ field, messages: [message] }));
    return { ok: false, code: 'validation_failed', errors: [...unknown, ...flatten(errors)] };
  }
  return { ok: true, message: built.instance };
}

/** A class jsonToInstance does not plan: class-transformer builds it, class-validator checks its fields. */
function parseWithLibraries<M extends IntegrationMessage>(messageClass: MessageClass, json: object): ParseResult<M> {
  let message: M;
  try {
    message = plainToInstance(messageClass, json) as M;
  } catch (error) {
    // class-transformer 0.5.1 throws a TypeError on, for one, a nested object with a "constructor" key.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'validation_failed', errors: [{ field: '', messages: [`cannot be read: ${reason}`] }] };
  }
  const errors = validateSync(message, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) return { ok: false, code: 'validation_failed', errors: flatten(errors) };
  return { ok: true, message };
}

function flatten(errors: readonly ValidationError[], parent = ''): MessageFieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
