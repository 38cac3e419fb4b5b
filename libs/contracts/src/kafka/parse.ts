import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

import { checkJson, type FieldError, fieldErrors } from '../json-check';
import { installValidationMetadataCache } from '../validation-cache';
import type { IntegrationMessage } from './integration-message';
import type { MessageClass } from './topics';

installValidationMetadataCache();

export type MessageFieldError = FieldError;

export type ParseResult<M extends IntegrationMessage> =
  | { readonly ok: true; readonly message: M }
  | {
      readonly ok: false;
      readonly code: 'malformed_json' | 'validation_failed';
      readonly errors: readonly MessageFieldError[];
    };

/**
 * Parses and validates one message body against its class: unknown fields are
 * refused (as over HTTP), so a typo in a partner's field name is not silently lost.
 * Checked by checkJson, else (a class it does not plan) by class-transformer
 * and class-validator.
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
  const checked = checkJson<M>(messageClass as unknown as abstract new () => M, json as Record<string, unknown>);
  if (!checked) return parseWithLibraries(messageClass, json);
  return checked.ok
    ? { ok: true, message: checked.instance }
    : { ok: false, code: 'validation_failed', errors: checked.errors };
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
  if (errors.length > 0) return { ok: false, code: 'validation_failed', errors: fieldErrors(errors) };
  return { ok: true, message };
}
