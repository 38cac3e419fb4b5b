import { compileCheck, NoExactSchema } from '../compiled-check';
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

/** Each message class's compiled check; null for a class with a rule that has no exact schema. */
const compiledChecks = new Map<MessageClass, ((json: unknown) => IntegrationMessage | undefined) | null>();

function compiledCheckOf(messageClass: MessageClass): ((json: unknown) => IntegrationMessage | undefined) | null {
  let check = compiledChecks.get(messageClass);
  if (check === undefined) {
    try {
      check = compileCheck(messageClass);
    } catch (error) {
      if (!(error instanceof NoExactSchema)) throw error;
      check = null;
    }
    compiledChecks.set(messageClass, check);
  }
  return check;
}

/**
 * Parses and validates one message body against its class, as HTTP bodies are
 * checked: unknown fields are refused, so a typo in a partner's field name is
 * not silently lost. A message its class's compiled schema accepts
 * (compileCheck, a few µs) is built at once; any other goes on to checkJson
 * (tens of µs), whose class-validator check decides and words the errors. The
 * schema accepts exactly what checkJson accepts
 * (compiled-check.properties.spec.ts).
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
  const built = compiledCheckOf(messageClass)?.(json);
  if (built) return { ok: true, message: built as M };
  const checked = checkJson<M>(messageClass as unknown as abstract new () => M, json);
  return checked.ok
    ? { ok: true, message: checked.instance }
    : { ok: false, code: 'validation_failed', errors: checked.errors };
}
