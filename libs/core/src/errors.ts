/**
 * The typed errors of the platform. Each has a stable `code` and the HTTP status
 * it maps to as an RFC 9457 problem; anything else is an internal error.
 */
/** One field's errors; `field` is its path (`lines.0.trays`), as the edges report it. */
export interface FieldError {
  readonly field: string;
  readonly messages: readonly string[];
}

export abstract class KhaiError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  abstract readonly title: string;

  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request is malformed: 400 with the field errors. */
export class ValidationFailed extends KhaiError {
  readonly code = 'validation_failed';
  readonly status = 400;
  readonly title = 'The request is not valid';

  constructor(readonly fieldErrors: readonly FieldError[]) {
    super(validationDetail(fieldErrors));
  }
}

/** The detail of a validation problem: each field with its messages. */
export function validationDetail(fieldErrors: readonly FieldError[]): string {
  return fieldErrors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ');
}

export class NotFound extends KhaiError {
  readonly status = 404;
  readonly title = 'Not found';

  constructor(
    message: string,
    details: Record<string, unknown> = {},
    readonly code: string = 'not_found',
  ) {
    super(message, details);
  }
}

/** The path is routed, but not under the request's method: 405, with the methods it takes (its `Allow` header). */
export class MethodNotAllowed extends KhaiError {
  readonly code = 'method_not_allowed';
  readonly status = 405;
  readonly title = 'Method not allowed';

  constructor(
    method: string,
    path: string,
    readonly allow: readonly string[],
  ) {
    super(`${path} does not take ${method}; it takes ${allow.join(', ')}`, { allow });
  }
}

/** A write whose body is not JSON (`Content-Type: application/json`): a cross-site form cannot pass for one. */
export class UnsupportedMediaType extends KhaiError {
  readonly code = 'unsupported_media_type';
  readonly status = 415;
  readonly title = 'Unsupported media type';

  constructor(contentType: string | undefined) {
    super(`a write takes application/json, not ${contentType ?? 'a body without Content-Type'}`, {
      contentType: contentType ?? null,
    });
  }
}

/** The command clashes with what already happened (already registered, already graded). */
export class Conflict extends KhaiError {
  readonly status = 409;
  readonly title = 'Conflict with the current state';

  constructor(
    readonly code: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
  }
}

/** The command would break a business rule (eggs not conserved, contract volume exceeded). */
export class InvariantViolated extends KhaiError {
  readonly status = 422;
  readonly title = 'A business rule would be broken';

  constructor(
    readonly code: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, details);
  }
}

/** Someone else wrote the stream first; the caller may retry. */
export class ConcurrencyError extends KhaiError {
  readonly code = 'concurrency_conflict';
  readonly status = 412;
  readonly title = 'The stream changed meanwhile';

  constructor(
    readonly streamName: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`stream ${streamName} is at revision ${actual}, expected ${expected}`, { streamName, expected, actual });
  }
}

/** An event id was reused for a different event (not a retry of the same append). */
export class DuplicateEventId extends KhaiError {
  readonly code = 'duplicate_event_id';
  readonly status = 409;
  readonly title = 'Event id already used';
}

/**
 * The event store can take no more writes until it is restarted (a sync of its log to disk failed): 503. Whether
 * the write refused with it was kept is unknown — retried with the same Idempotency-Key after the restart, it is
 * answered either way. Not a refusal of the message: Kafka consumers leave it uncommitted, to be delivered again.
 */
export class EventStoreFailed extends KhaiError {
  readonly code = 'event_store_failed';
  readonly status = 503;
  readonly title = 'The event log is unavailable';
}

/**
 * The request's `Host` is not one of the names the platform answers to (`KHAI_HOSTS`): a page of another site whose
 * name was made to resolve to this server (DNS rebinding) gets nothing from it.
 */
export class HostNotAllowed extends KhaiError {
  readonly code = 'host_not_allowed';
  readonly status = 421;
  readonly title = 'The server does not answer to this host name';
}

/** The same idempotency key was sent with a different command. */
export class IdempotencyKeyReused extends KhaiError {
  readonly code = 'idempotency_key_reused';
  readonly status = 422;
  readonly title = 'Idempotency key already used for another request';
}
