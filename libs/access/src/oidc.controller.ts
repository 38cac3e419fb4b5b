import { cookieOf, Open } from '@khai/event-sourcing';
import { ApiProblems } from '@khai/event-sourcing';
import { Controller, Get, Inject, Redirect, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { ACCESS_OPTIONS, type AccessOptions } from './access-options';
import { OIDC_FLOW_MS, OidcNotConfigured, type OidcSignIn } from './oidc';
import { sessionCookie } from './session-cookie';

/** The sign-in through the provider in progress, or null where OpenID Connect is not configured. */
export const OIDC_SIGN_IN = Symbol('OidcSignIn');

/** The cookie that ties a provider's answer to the browser that started the sign-in (a random flow id). */
export const OIDC_FLOW_COOKIE = 'khai_oidc_flow';

export class OidcSignInOfferDto {
  @ApiProperty({ description: 'whether `/auth/oidc/start` signs in through the cooperative’s provider here' })
  enabled!: boolean;
}

/** Sign-in through the cooperative's OpenID Connect provider (`/auth/oidc/*`), for browsers: a session cookie. */
@ApiTags('access')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    @Inject(OIDC_SIGN_IN) private readonly oidc: OidcSignIn | null,
    @Inject(ACCESS_OPTIONS) private readonly options: AccessOptions,
  ) {}

  @Get()
  @Open()
  @ApiOperation({
    operationId: 'GetOidcSignInOffer',
    summary: 'Whether one can sign in through the cooperative’s OpenID Connect provider (for the sign-in page)',
  })
  @ApiOkResponse({ type: OidcSignInOfferDto })
  offer(): OidcSignInOfferDto {
    return { enabled: this.oidc !== null };
  }

  @Get('start')
  @Open()
  @Redirect()
  @ApiOperation({
    operationId: 'StartOidcSignIn',
    summary: 'Sign in through the cooperative’s OpenID Connect provider: to the provider’s sign-in page',
    description:
      'Starts the authorization code flow with PKCE: the browser is sent to the provider with a state and a nonce ' +
      'kept here, tied to it by a short-lived cookie (10 minutes); the provider sends it back to ' +
      '`/auth/oidc/callback`. Only where `KHAI_OIDC_ISSUER` is configured (404 otherwise).',
  })
  @ApiResponse({
    status: 302,
    description: 'to the provider’s sign-in page',
    headers: {
      Location: { description: 'the provider’s authorization URL', schema: { type: 'string' } },
      'Set-Cookie': { description: 'the flow cookie (HttpOnly, SameSite=Lax, 10 minutes)', schema: { type: 'string' } },
    },
  })
  @ApiProblems([404, 502])
  async start(@Res({ passthrough: true }) reply: FastifyReply): Promise<{ url: string; statusCode: number }> {
    const { flowId, url } = await this.signIn().start();
    void reply.header('set-cookie', flowCookie(flowId, this.options.cookieSecure)).header('cache-control', 'no-store');
    return { url, statusCode: 302 };
  }

  @Get('callback')
  @Open()
  @Redirect('/', 303)
  @ApiOperation({
    operationId: 'FinishOidcSignIn',
    summary: 'Where the provider sends the browser back: a Khai session cookie, in the role the groups map to',
    description:
      'Exchanges the code for tokens (PKCE, state and nonce checked; the ID token’s issuer, audience and signature ' +
      'too), maps the person’s groups to a role (`KHAI_OIDC_ROLE_MAP`, the first that matches) and opens the same ' +
      'session as `POST /auth/sign-in` with `session: cookie`, then sends the browser to the web app. No group that ' +
      'maps: 403, no account made (and any session of theirs here ends). A callback this browser did not start, a ' +
      'second use of it or a changed state: 400.',
  })
  @ApiQuery({ name: 'code', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'state', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'error', required: false, schema: { type: 'string' } })
  @ApiResponse({
    status: 303,
    description: 'signed in: to the web app',
    headers: {
      Location: { description: '`/`', schema: { type: 'string' } },
      'Set-Cookie': { description: 'the session cookie; the flow cookie cleared', schema: { type: 'string' } },
    },
  })
  @ApiProblems([400, 401, 403, 404, 502])
  async callback(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const secure = this.options.cookieSecure;
    void reply.header('cache-control', 'no-store').header('set-cookie', [clearedFlowCookie(secure)]);
    const query = new URLSearchParams(request.url.slice(request.url.indexOf('?') + 1 || request.url.length));
    const session = await this.signIn().finish(cookieOf(request.headers.cookie, OIDC_FLOW_COOKIE), query);
    void reply.header('set-cookie', [
      clearedFlowCookie(secure),
      sessionCookie(session.token, session.expiresAt, secure),
    ]);
  }

  private signIn(): OidcSignIn {
    if (!this.oidc) throw new OidcNotConfigured();
    return this.oidc;
  }
}

/**
 * SameSite=Lax, not Strict as the session cookie: the provider sends the browser back by a top-level navigation
 * from its own site, and a Strict cookie would not come with it. Only `/auth/oidc/*` gets it, for 10 minutes.
 */
function flowCookie(flowId: string, secure: boolean): string {
  return `${OIDC_FLOW_COOKIE}=${flowId}; ${attributes(secure)}; Max-Age=${OIDC_FLOW_MS / 1000}`;
}

function clearedFlowCookie(secure: boolean): string {
  return `${OIDC_FLOW_COOKIE}=; ${attributes(secure)}; Max-Age=0`;
}

function attributes(secure: boolean): string {
  return `Path=/auth/oidc; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
