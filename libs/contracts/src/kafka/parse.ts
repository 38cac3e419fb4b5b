import { checkJson, type FieldError } from '../json-check';
import type { IntegrationMessage } from './integration-message';
import type { MessageClass } from './topics';

export type MessageFieldError = FieldError;

export type ParseResult<M extends IntegrationMessage> =
  | { readonly ok: true; readonly message: M }
  | {
      readonly ok: false;
      readonly code: 'malformed_json' | 'validation_failed';
      readonly errors: readonly MessageFieldError[];
    };

/**
 * Parses and validates one message body against its class, by checkJson, as
 * HTTP bodies are checked: unknown fields are refused, so a typo in a
 * partner's field name is not silently lost.
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
  const checked = checkJson<M>(messageClass as unknown as abstract new () => M, json);
  return checked.ok
    ? { ok: true, message: checked.instance }
    : { ok: false, code: 'validation_failed', errors: checked.errors };
}
