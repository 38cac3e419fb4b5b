import { allows, answerCheck, type Grant, KhaiError, METRICS_SCRAPER, type Principal } from '@khai/core';
import {
  applyDecorators,
  type CallHandler,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiBearerAuth, ApiCookieAuth, ApiExtension } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';

import { ApiProblems } from './problem-responses';

/** The session cookie a browser signs in with (HttpOnly, SameSite=Strict). */
export const SESSION_COOKIE = 'khai_session';
/** The names of the security schemes in the OpenAPI document. */
export const BEARER_SCHEME = 'bearer';
export const COOKIE_SCHEME = 'session';

/** Finds who a credential (a bearer token or the session cookie's value) belongs to, if anyone. */
export interface Authenticator {
  authenticate(credential: string): Principal | undefined | Promise<Principal | undefined>;
}
export const AUTHENTICATOR = Symbol('Authenticator');

/** No valid credentials: 401. One answer for a missing, wrong, expired or revoked one: it does not say which. */
export class Unauthenticated extends KhaiError {
  readonly code = 'unauthenticated';
  readonly status = 401;
  readonly title = 'Sign in first';

  constructor() {
    super('this needs a valid session: sign in (POST /auth/sign-in) and send its token or cookie');
  }
}

/** Signed in, in a role the route does not let in (or on data not the account's own): 403. */
export class Forbidden extends KhaiError {
  readonly code = 'forbidden';
  readonly status = 403;
  readonly title = 'Not allowed in this role';

  constructor(message: string) {
    super(message);
  }
}

type Access = { readonly open: true } | { readonly grants: readonly Grant[] };
const ACCESS = 'khai:access';

/**
 * Who may call the route (a controller's or a handler's): the roles, or the member or partner on their own data.
 * Also declares in the OpenAPI document the credentials it takes and its 401 and 403.
 */
export function Roles(...grants: readonly Grant[]): MethodDecorator & ClassDecorator {
  if (grants.length === 0) throw new Error('Roles() needs at least one grant: a route nobody may call is no route');
  const onAnswer = grants.some((grant) => typeof grant !== 'string' && grant.in === 'answer');
  return applyDecorators(
    SetMetadata(ACCESS, { grants } satisfies Access),
    ApiExtension(ROLES_EXTENSION, grants.map(grantName)),
    ApiBearerAuth(BEARER_SCHEME),
    ApiCookieAuth(COOKIE_SCHEME),
    ApiProblems([401, 403]),
    ...(onAnswer ? [UseInterceptors(OwnAnswerInterceptor)] : []),
  );
}

/** Where the OpenAPI document lists who may call an operation, besides admin (e.g. `member (own memberId)`). */
export const ROLES_EXTENSION = 'x-roles';

/** A grant as the document and docs/access.md name it. */
export function grantName(grant: Grant): string {
  if (typeof grant === 'string') return grant === METRICS_SCRAPER ? 'metrics token' : grant;
  const [role, field] = 'member' in grant ? ['member', grant.member] : ['partner', grant.partner];
  return grant.in === 'answer' ? `${role} (own ${field} in the answer)` : `${role} (own ${field})`;
}

/** The route answers without credentials (liveness, sign-in). */
export function Open(): MethodDecorator & ClassDecorator {
  return SetMetadata(ACCESS, { open: true } satisfies Access);
}

/** The grants a route declares, `'open'`, or undefined when it declares nothing (and so is refused to everyone). */
export function accessOf(
  reflector: Reflector,
  handler: ReturnType<ExecutionContext['getHandler']>,
  controller: ReturnType<ExecutionContext['getClass']>,
): 'open' | readonly Grant[] | undefined {
  const access = reflector.getAllAndOverride<Access | undefined, string>(ACCESS, [handler, controller]);
  if (access === undefined) return undefined;
  return 'open' in access ? 'open' : access.grants;
}

const principals = new WeakMap<object, Principal>();

/**
 * Lets a request in by what its route declares (`Roles`, `Open`), deny by default: a route that declares nothing is
 * refused to everyone, signed in or not. The principal it found is what `@SignedIn()` and `@Context()` read.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = accessOf(this.reflector, context.getHandler(), context.getClass());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (access === undefined)
      throw new Forbidden(`${request.method} ${request.routeOptions.url ?? ''} declares no roles: nobody may call it`);
    if (access === 'open') return true;
    const credential = credentialOf(request);
    const principal = credential === undefined ? undefined : await this.authenticator.authenticate(credential);
    if (!principal) throw new Unauthenticated();
    if (!allows(access, principal, (name) => fieldOf(request, name))) {
      const check = answerCheck(access, principal);
      if (check === undefined) throw new Forbidden(`the ${principal.role} role may not do this${ownOnly(principal)}`);
      answerChecks.set(request, check);
    }
    principals.set(request, principal);
    return true;
  }
}

/** What the answer to a request let in on a grant on the answer's owner must hold (AccessGuard → interceptor). */
const answerChecks = new WeakMap<object, { readonly field: string; readonly value: string }>();

/**
 * On a route whose owner is inside the resource (`{ member: 'memberId', in: 'answer' }`): the answer goes out only
 * when its owner field is the account's member or partner; else 403, as for another's id in the request. The query
 * only reads, so nothing is written either way; an unknown resource is 404 to everyone who may ask for one.
 */
@Injectable()
export class OwnAnswerInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const check = answerChecks.get(request);
    if (check === undefined) return next.handle();
    return next.handle().pipe(
      map((answer: unknown) => {
        const owner =
          typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>)[check.field] : undefined;
        if (owner !== check.value) throw new Forbidden(`this is not yours: its ${check.field} is another's`);
        return answer;
      }),
    );
  }
}

function ownOnly(principal: Principal): string {
  if (principal.role === 'member') return ', or not for another member';
  if (principal.role === 'partner') return ', or not for another partner';
  return '';
}

/** The bearer token of the `Authorization` header, else the session cookie's value. */
export function credentialOf(request: Pick<FastifyRequest, 'headers'>): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    return match?.[1];
  }
  return cookieOf(request.headers.cookie, SESSION_COOKIE);
}

/** A cookie's value in a `Cookie` header (RFC 6265: `name=value` pairs separated by `;`). */
export function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const pair of header?.split(';') ?? []) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim() || undefined;
  }
  return undefined;
}

/** A named value of the request, for the grants on the account's own data: path, then query, then body. */
function fieldOf(request: FastifyRequest, name: string): unknown {
  for (const source of [request.params, request.query, request.body]) {
    if (typeof source === 'object' && source !== null && !Array.isArray(source) && Object.hasOwn(source, name))
      return (source as Record<string, unknown>)[name];
  }
  return undefined;
}

/** The principal the guard let in, for a route that declares roles. */
export function principalOf(request: object): Principal {
  const principal = principals.get(request);
  if (!principal) throw new Error('no principal: the route declares no roles, or the access guard is not bound');
  return principal;
}

/** The signed-in principal, as a handler parameter. */
export const SignedIn = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal =>
  principalOf(ctx.switchToHttp().getRequest<FastifyRequest>()),
);
