import type { CommandContext, Principal } from '@khai/core';
import { actorOf, ValidationFailed } from '@khai/core';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { principalOf } from './access';

/** An `Idempotency-Key`: 1 to 200 visible ASCII characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * The command context of a request: its actor is the signed-in principal (`user:<userId>:<role>`), never a header
 * the client chooses; `Idempotency-Key` and `X-Correlation-Id` from the headers.
 */
export function commandContextFrom(
  headers: Record<string, string | string[] | undefined>,
  principal: Principal,
): CommandContext {
  const header = (name: string): string | undefined => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const idempotencyKey = header('idempotency-key');
  if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
    throw new ValidationFailed([{ field: 'Idempotency-Key', messages: ['must be 1 to 200 visible ASCII characters'] }]);
  }
  const correlationId = header('x-correlation-id');
  return {
    actor: actorOf(principal),
    ...(correlationId ? { correlationId } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}

/** The command context of a request the access guard let in (a route that declares roles). */
export const Context = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  return commandContextFrom(request.headers, principalOf(request));
});
