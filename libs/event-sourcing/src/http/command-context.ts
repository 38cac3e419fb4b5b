import type { CommandContext } from '@khai/core';
import { ValidationFailed } from '@khai/core';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** An `Idempotency-Key`: 1 to 200 visible ASCII characters. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * Reads the command context from the request headers: `Idempotency-Key`,
 * `X-Actor` (who records it), `X-Correlation-Id`.
 */
export function commandContextFrom(headers: Record<string, string | string[] | undefined>): CommandContext {
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
    actor: header('x-actor') ?? 'anonymous',
    ...(correlationId ? { correlationId } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}

export const Context = createParamDecorator((_: unknown, ctx: ExecutionContext): CommandContext =>
  commandContextFrom(ctx.switchToHttp().getRequest<FastifyRequest>().headers),
);
