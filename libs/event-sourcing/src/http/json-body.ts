import { UnsupportedMediaType } from '@khai/core';
import { type CanActivate, type ExecutionContext, Injectable, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

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

/** The route takes `application/json` bodies only (415 otherwise). */
export const JsonBody = (): MethodDecorator & ClassDecorator => UseGuards(JsonBodyGuard);
