import { IdempotencyKeyReused, REQUEST_FINGERPRINT_KEY, requestFingerprint, UnsupportedMediaType } from '@khai/core';
import {
  applyDecorators,
  type CallHandler,
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { type Observable, tap } from 'rxjs';

import { SqliteRequestKeys } from '../adapters/sqlite.request-keys';
import { principalOf } from './access';
import { IDEMPOTENCY_KEY_PATTERN } from './command-context';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** The token the register of requests' `Idempotency-Key`s is bound to (EventStoreModule). */
export const REQUEST_KEYS = Symbol('RequestKeys');

/**
 * Refuses a write whose body is not declared JSON, before anything parses or
 * validates it: a browser sends a cross-site form (`x-www-form-urlencoded`,
 * `multipart/form-data`, `text/plain`) without asking, but never JSON.
 */
@Injectable()
class JsonBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const contentType = context.switchToHttp().getRequest<FastifyRequest>().headers['content-type'];
    if (contentType === undefined || !JSON_TYPE.test(contentType)) throw new UnsupportedMediaType(contentType);
    return true;
  }
}

/**
 * An `Idempotency-Key` names one request of its sender, whichever stream the request writes: sent again with another
 * method, route, path or body, it is refused (422 `idempotency_key_reused`) before anything is checked or written.
 * A key is taken once its request was answered with success: a request refused (a field error, a business rule)
 * leaves its key free for the corrected entry. The same request sent again goes through, and the stream it wrote
 * answers it as the first time.
 */
@Injectable()
class OneRequestPerKey implements NestInterceptor {
  constructor(
    @Inject(REQUEST_KEYS) private readonly keys: SqliteRequestKeys,
    @Inject(REQUEST_FINGERPRINT_KEY) private readonly fingerprintKey: Uint8Array,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers['idempotency-key'];
    const key = Array.isArray(header) ? header[0] : header;
    // A malformed key is the command context's 400.
    if (key === undefined || !IDEMPOTENCY_KEY_PATTERN.test(key)) return next.handle();
    const sender = principalOf(request).userId;
    const fingerprint = requestFingerprint(this.fingerprintKey, [request.method, request.routeOptions.url ?? null], {
      params: request.params ?? {},
      body: request.body ?? null,
    });
    const first = this.keys.fingerprintOf(sender, key);
    if (first !== undefined && first !== fingerprint) {
      throw new IdempotencyKeyReused('this Idempotency-Key was used for another request', {});
    }
    return next.handle().pipe(
      tap(() => {
        if (first === undefined) this.keys.take(sender, key, fingerprint);
      }),
    );
  }
}

/**
 * A JSON write: the route takes `application/json` bodies only (415 otherwise), and an `Idempotency-Key` names one
 * request across the whole API (422 `idempotency_key_reused` when sent with another).
 */
export const JsonBody = (): MethodDecorator & ClassDecorator =>
  applyDecorators(UseGuards(JsonBodyGuard), UseInterceptors(OneRequestPerKey));
