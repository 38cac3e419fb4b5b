import { fieldErrors } from '@khai/contracts';
import { type FieldError, KhaiError, MethodNotAllowed, validationDetail, ValidationFailed } from '@khai/core';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';

import { answerLanguage, inThai } from './messages';
import { refusalInThai } from './refusals.th';

/** An RFC 9457 problem, with our stable `code` and, for 400s, the field errors. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

const PROBLEM_BASE = 'https://khai.coop/problems/';

/** Codes of the errors fastify or Nest answer before our code runs (no route, body too large, not a parsed type). */
const HTTP_CODES: Readonly<Record<number, string>> = {
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

export function toProblem(error: unknown, instance: string): ProblemDetails {
  if (error instanceof KhaiError) {
    return {
      ...error.details,
      type: `${PROBLEM_BASE}${error.code}`,
      title: error.title,
      status: error.status,
      detail: error.message,
      instance,
      code: error.code,
      ...(error instanceof ValidationFailed ? { errors: error.fieldErrors } : {}),
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = HTTP_CODES[status] ?? `http_${status}`;
    return { type: `${PROBLEM_BASE}${code}`, title: error.name, status, detail: error.message, instance, code };
  }
  return {
    type: `${PROBLEM_BASE}internal_error`,
    title: 'Internal error',
    status: 500,
    detail: 'The server could not complete the request; nothing was written.',
    instance,
    code: 'internal_error',
  };
}

/**
 * A request no route took (Nest's 404) whose path fastify's router has under other methods: 405 with those methods.
 * Asked of the router itself, so every route counts however and whenever it was added.
 */
function methodNotAllowed(request: FastifyRequest): MethodNotAllowed | undefined {
  const { server, url } = request;
  const takes = (method: string): boolean => {
    const route = server.findRoute({ method, url }) as { params: object } | null;
    // Nest sends a request with an empty path parameter ("/lots/", "/lots//grading") to the not-found handler.
    return route !== null && Object.entries(route.params).every(([name, value]) => value !== '' || name === '*');
  };
  const allow = server.supportedMethods.filter(takes).sort();
  return allow.length > 0 ? new MethodNotAllowed(request.method, url.split('?')[0] ?? url, allow) : undefined;
}

/** Nest's own 404 for a request no route took, or one like it for a request fastify refused before the 404. */
function notFound(request: FastifyRequest, error: unknown): NotFoundException {
  return error instanceof NotFoundException
    ? error
    : new NotFoundException(`Cannot ${request.method} ${request.url.split('?')[0] ?? request.url}`);
}

/**
 * The fastify options of every Khai HTTP server. A path parameter is as long as the request line lets it be, and is
 * judged by the route (400 for an id that is not one, 404 for one not found): fastify's own limit (100 characters,
 * a guard for routes with regular expressions, which we do not have) answered 414 in plain JSON before any route.
 * A path that is not valid percent-encoding, which fastify refuses before any route too, is a problem as any other.
 */
export const KHAI_FASTIFY_OPTIONS: FastifyServerOptions = {
  routerOptions: { maxParamLength: 16_384 },
  frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = error.statusCode ?? 400;
    const problem: ProblemDetails = {
      type: `${PROBLEM_BASE}bad_url`,
      title: 'The request is not valid',
      status,
      detail: error.message,
      instance: request.url,
      code: 'bad_url',
    };
    void reply.status(status).header('content-type', 'application/problem+json').send(problem);
  },
};

/** Every error leaves the API as application/problem+json. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // A request no route took is refused as such, whatever fastify found wrong on the way (e.g. a QUERY without a
    // Content-Type): 405 where the path takes other methods, 404 where it takes none.
    const refusal = request.is404 ? (methodNotAllowed(request) ?? notFound(request, error)) : error;
    const problem = answerProblem(request, reply, refusal);
    if (problem.status >= 500)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
}

/** Answers the request with the problem of `refusal`, in the language it asks for; also where no filter runs (hooks). */
export function answerProblem(request: FastifyRequest, reply: FastifyReply, refusal: unknown): ProblemDetails {
  const language = answerLanguage(request.headers['accept-language']);
  const facts = refusal instanceof KhaiError ? refusal.details : {};
  const problem = inLanguage(toProblem(refusal, request.url), language, facts);
  if (refusal instanceof MethodNotAllowed) void reply.header('allow', refusal.allow.join(', '));
  void reply
    .status(problem.status)
    .header('content-type', 'application/problem+json')
    .header('content-language', language)
    .header('vary', 'Accept-Language')
    .send(problem);
  return problem;
}

/**
 * A problem in the language asked for: a validation problem's field errors (and the detail made of them), or a
 * refusal's title and detail, filled in from the error's facts (refusals.th.ts); its code and facts as they are.
 */
function inLanguage(
  problem: ProblemDetails,
  language: 'th' | 'en',
  facts: Readonly<Record<string, unknown>> = {},
): ProblemDetails {
  if (language === 'en') return problem;
  if (problem.errors) {
    const errors = problem.errors.map((e) => ({ field: e.field, messages: e.messages.map(inThai) }));
    return { ...problem, title: 'คำขอไม่ถูกต้อง', detail: validationDetail(errors), errors };
  }
  const thai = refusalInThai(problem.code, { ...facts, instance: problem.instance });
  return thai ? { ...problem, title: thai.title, detail: thai.detail } : problem;
}

/** class-validator's nested errors, flattened (one function with the Kafka edge's). */
export { fieldErrors };

export function validationFailed(errors: ValidationError[]): ValidationFailed {
  return new ValidationFailed(fieldErrors(errors));
}
