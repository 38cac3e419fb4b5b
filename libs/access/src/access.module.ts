import { createHash, timingSafeEqual } from 'node:crypto';

import { AccessGuard, AUTHENTICATOR, type Authenticator, METRICS_SCRAPER, type Principal } from '@khai/event-sourcing';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { ACCESS_OPTIONS, type AccessOptions } from './access-options';
import { AccountStore } from './account-store';
import { AuthController } from './auth.controller';
import { OidcSignIn } from './oidc';
import { OIDC_SIGN_IN, OidcController } from './oidc.controller';
import type { OidcConfig } from './oidc-config';
import { SignInThrottle } from './sign-in-throttle';

export interface AccessModuleOptions extends Partial<AccessOptions> {
  readonly accounts: AccountStore;
  /** A bearer token that may read `/metrics` (for a Prometheus scraper), besides admins. */
  readonly metricsToken?: string;
  readonly throttle?: SignInThrottle;
  /** Sign-in through the cooperative's OpenID Connect provider, when configured. */
  readonly oidc?: OidcConfig;
}

const METRICS_PRINCIPAL: Principal = { userId: 'metrics-token', username: 'metrics-token', role: METRICS_SCRAPER };

/** Who a credential belongs to: the metrics token, else the session it is the token of. */
export class SessionAuthenticator implements Authenticator {
  private readonly metricsDigest: Buffer | undefined;

  constructor(
    private readonly accounts: AccountStore,
    metricsToken?: string,
  ) {
    this.metricsDigest = metricsToken === undefined ? undefined : digest(metricsToken);
  }

  authenticate(credential: string): Principal | undefined {
    // Digests of equal length, compared in constant time: the comparison tells nothing of the token.
    if (this.metricsDigest && timingSafeEqual(digest(credential), this.metricsDigest)) return METRICS_PRINCIPAL;
    return this.accounts.principalOf(credential);
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Local accounts, sessions and sign-in (`/auth/*`), sign-in through an OpenID Connect provider, and the authenticator the access guard asks. */
@Global()
@Module({})
export class AccessModule {
  static forRoot(options: AccessModuleOptions): DynamicModule {
    const resolved: AccessOptions = { cookieSecure: options.cookieSecure ?? true };
    return {
      module: AccessModule,
      providers: [
        { provide: ACCESS_OPTIONS, useValue: resolved },
        { provide: AccountStore, useValue: options.accounts },
        { provide: SignInThrottle, useValue: options.throttle ?? new SignInThrottle() },
        { provide: AUTHENTICATOR, useValue: new SessionAuthenticator(options.accounts, options.metricsToken) },
        { provide: OIDC_SIGN_IN, useValue: options.oidc ? new OidcSignIn(options.oidc, options.accounts) : null },
        // Every route of the app, deny by default: a route that declares no roles is refused to everyone.
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      controllers: [AuthController, OidcController],
      exports: [AccountStore, AUTHENTICATOR],
    };
  }
}
