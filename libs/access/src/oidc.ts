import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import { KhaiError } from '@khai/core';
import { Logger } from '@nestjs/common';
import * as client from 'openid-client';

import { AccountRefused, AccountStore, type FederatedRole, type Session } from './account-store';
import type { OidcConfig } from './oidc-config';

/** The routes answer this while `KHAI_OIDC_ISSUER` is not set. */
export class OidcNotConfigured extends KhaiError {
  readonly code = 'oidc_not_configured';
  readonly status = 404;
  readonly title = 'Sign-in through an OpenID Connect provider is not configured';

  constructor() {
    super('this platform signs in only with its own accounts (POST /auth/sign-in): KHAI_OIDC_ISSUER is not set');
  }
}

/** The callback does not belong to a sign-in this browser started here, or came too late or twice. */
export class OidcFlowRefused extends KhaiError {
  readonly code = 'oidc_flow_refused';
  readonly status = 400;
  readonly title = 'This sign-in was not started here';

  constructor(reason: string) {
    super(`${reason}: start again (GET /auth/oidc/start)`);
  }
}

/** The provider answered with an error, or its answer did not hold up (token exchange, ID token, issuer, nonce). */
export class OidcSignInFailed extends KhaiError {
  readonly code = 'oidc_sign_in_failed';
  readonly status = 401;
  readonly title = 'Sign-in through the provider failed';

  constructor(reason: string) {
    super(`the provider's answer was not accepted (${reason}): start again (GET /auth/oidc/start)`);
  }
}

/** Signed in at the provider, but none of the person's groups maps to a role here (or a binding claim is missing). */
export class OidcNoRole extends KhaiError {
  readonly code = 'oidc_no_role';
  readonly status = 403;
  readonly title = 'No role in Khai for this sign-in';

  constructor(reason: string) {
    super(`${reason}; ask the cooperative's administrator to put you in a group that maps to a role`);
  }
}

/** The provider's discovery document could not be read, or names another issuer than the one configured. */
export class OidcProviderUnavailable extends KhaiError {
  readonly code = 'oidc_provider_unavailable';
  readonly status = 502;
  readonly title = 'The OpenID Connect provider cannot be used';

  constructor() {
    super('the OpenID Connect provider could not be reached or its discovery document was not accepted: try later');
  }
}

/** A sign-in started (`/auth/oidc/start`) and not yet come back: what the callback must match. */
interface Flow {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly expiresAt: number;
}

/** How long a sign-in at the provider may take, from start to callback. */
export const OIDC_FLOW_MS = 10 * 60_000;
/** Flows kept at most: the oldest go first, so unanswered starts cannot fill the memory. */
const MAX_FLOWS = 10_000;

export interface OidcSignInOptions {
  readonly clock?: () => number;
}

/**
 * Sign-in through the OpenID Connect provider with `openid-client`: the authorization code flow with PKCE, state and
 * nonce kept here in memory under a random flow id that only the browser that started it holds (a cookie), the ID
 * token's signature checked against the provider's keys, then the groups mapped to a role and a Khai session opened
 * as a local sign-in opens it. docs/architecture.md ("Access") says why.
 */
export class OidcSignIn {
  private configuration: Promise<client.Configuration> | undefined;
  private readonly flows = new Map<string, Flow>();
  private readonly clock: () => number;
  private readonly logger = new Logger('OidcSignIn');

  constructor(
    private readonly config: OidcConfig,
    private readonly accounts: AccountStore,
    options: OidcSignInOptions = {},
  ) {
    this.clock = options.clock ?? Date.now;
  }

  /** A new sign-in: the flow id for the browser's cookie and the provider's authorization URL to send it to. */
  async start(): Promise<{ flowId: string; url: string }> {
    const configuration = await this.discovered();
    const now = this.clock();
    // Oldest first (a Map keeps insertion order, and every flow lives as long): drop the expired, and the oldest
    // beyond the bound.
    for (const [id, flow] of this.flows) {
      if (flow.expiresAt > now && this.flows.size < MAX_FLOWS) break;
      this.flows.delete(id);
    }
    const flow: Flow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      expiresAt: now + OIDC_FLOW_MS,
    };
    const flowId = randomBytes(32).toString('base64url');
    this.flows.set(flowId, flow);
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.redirectUri,
      scope: this.config.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { flowId, url: url.href };
  }

  /**
   * The provider's answer (the callback's query) for the flow of the browser's cookie: a Khai session in the role the
   * person's groups map to. A flow is used once, whatever comes of it.
   */
  async finish(flowId: string | undefined, query: URLSearchParams): Promise<Session> {
    const flow = flowId === undefined ? undefined : this.flows.get(flowId);
    if (flowId !== undefined) this.flows.delete(flowId);
    if (!flow) throw new OidcFlowRefused('no sign-in through the provider was started in this browser');
    if (flow.expiresAt <= this.clock()) throw new OidcFlowRefused('the sign-in took longer than 10 minutes');
    if (!sameText(query.get('state') ?? '', flow.state))
      throw new OidcFlowRefused('the state in the answer is not the one this sign-in sent');
    const error = query.get('error');
    if (error !== null) throw new OidcSignInFailed(`the provider answered "${printable(error)}"`);
    const configuration = await this.discovered();
    const callback = new URL(this.config.redirectUri);
    callback.search = query.toString();
    let claims: Record<string, unknown>;
    let subject: string;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      subject = idToken.sub;
      claims = { ...idToken };
      // Many providers put groups (and custom claims) in the UserInfo answer only, not in the ID token.
      if (this.wantedClaims().some((name) => claims[name] === undefined))
        claims = { ...(await client.fetchUserInfo(configuration, tokens.access_token, subject)), ...claims };
    } catch (cause) {
      this.logger.warn(`a sign-in through the provider was refused: ${reasonOf(cause)}`);
      throw new OidcSignInFailed(reasonOf(cause));
    }
    const identity = { issuer: this.config.issuer, subject };
    const given = this.roleOf(claims);
    if (typeof given === 'string') {
      this.accounts.endFederatedSessions(identity);
      throw new OidcNoRole(given);
    }
    let session: Session | undefined;
    try {
      session = this.accounts.openFederatedSession(identity, given);
    } catch (cause) {
      if (cause instanceof AccountRefused) throw new OidcNoRole(cause.message);
      throw cause;
    }
    if (!session) throw new OidcNoRole('your account here is disabled');
    return session;
  }

  /** The role the first group of the role map that the person is in gives, with its binding; else why none. */
  private roleOf(claims: Record<string, unknown>): FederatedRole | string {
    const raw = claims[this.config.groupsClaim];
    const groups = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((g) => typeof g === 'string') : [];
    const entry = this.config.roleMap.find(({ group }) => groups.includes(group));
    if (!entry) return `none of your groups (claim "${this.config.groupsClaim}") maps to a role in Khai`;
    if (entry.role === 'member' || entry.role === 'partner') {
      const name = entry.role === 'member' ? this.config.memberClaim : this.config.partnerClaim;
      const id = claims[name];
      if (typeof id !== 'string' || id === '')
        return `the group "${entry.group}" makes you a ${entry.role}, but the claim "${name}" does not say which`;
      return entry.role === 'member' ? { role: 'member', memberId: id } : { role: 'partner', partnerId: id };
    }
    return { role: entry.role };
  }

  private wantedClaims(): string[] {
    const bound = this.config.roleMap.some(({ role }) => role === 'member' || role === 'partner');
    return [this.config.groupsClaim, ...(bound ? [this.config.memberClaim, this.config.partnerClaim] : [])].filter(
      (name, i, all) => all.indexOf(name) === i,
    );
  }

  /** The provider's metadata, read once (again after a failure): the start needs no provider up. */
  private discovered(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.config.issuer),
        this.config.clientId,
        undefined,
        client.ClientSecretBasic(this.config.clientSecret),
        {
          execute: [
            ...(this.config.insecureLoopback ? [client.allowInsecureRequests] : []),
            // The ID token's signature is checked against the provider's keys too, not only TLS to its token endpoint.
            client.enableNonRepudiationChecks,
          ],
        },
      )
      .catch((cause: unknown) => {
        this.configuration = undefined;
        this.logger.warn(`the OpenID Connect provider ${this.config.issuer} cannot be used: ${reasonOf(cause)}`);
        throw new OidcProviderUnavailable();
      });
    return this.configuration;
  }
}

function sameText(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** Text from outside, fit for a log line or a problem's detail: printable ASCII, at most 200 characters. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);
}

/** An error's message, and its cause's (openid-client says what was wrong in the cause). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return printable(String(error));
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return printable(`${error.message}${cause}`);
}
