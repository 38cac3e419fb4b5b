import { randomUUID } from 'node:crypto';

import {
  AccessGuard,
  AUTHENTICATOR,
  type Authenticator,
  type EventStore,
  EventStoreModule,
  InMemoryEventStore,
  KHAI_FASTIFY_OPTIONS,
  khaiValidationPipe,
  type PersonalFields,
  type Principal,
  ProblemDetailsFilter,
  type Role,
} from '@khai/event-sourcing';
import { type DynamicModule, Global, Module, type ModuleMetadata } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';

/** Request headers: those of a request made as someone (`t.as('staff')`). */
export type Headers = Record<string, string>;

export interface HttpTestApp {
  readonly app: NestFastifyApplication;
  readonly store: EventStore;
  /**
   * The headers of a request made by an account in this role (a bearer token of the test's identities); a `member`
   * or `partner` account is bound to the member or partner named.
   */
  as(role: Exclude<Role, 'member' | 'partner'>): Headers;
  as(role: 'member' | 'partner', boundTo: string): Headers;
  close(): Promise<void>;
}

/**
 * The identity provider of the tests' apps: a principal for each role asked for, found by a bearer token of its
 * own. It stands in for the accounts and their sign-in only; the guard that judges every request is the
 * platform's own, bound as in the platform (deny by default, 401 without a token it knows, 403 for a role the route
 * does not let in).
 */
export class TestIdentities implements Authenticator {
  private readonly byToken = new Map<string, Principal>();
  private readonly tokens = new Map<string, string>();

  authenticate(token: string): Principal | undefined {
    return this.byToken.get(token);
  }

  headersOf(role: Role, boundTo?: string): Headers {
    if ((role === 'member' || role === 'partner') !== (boundTo !== undefined))
      throw new Error(`a ${role} test account ${boundTo === undefined ? 'needs' : 'takes no'} member or partner`);
    const userId = boundTo === undefined ? `test-${role}` : `test-${role}-${boundTo}`;
    let token = this.tokens.get(userId);
    if (token === undefined) {
      token = `test_${randomUUID()}`;
      this.tokens.set(userId, token);
      this.byToken.set(token, {
        userId,
        username: userId,
        role,
        ...(role === 'member' ? { memberId: boundTo } : {}),
        ...(role === 'partner' ? { partnerId: boundTo } : {}),
      });
    }
    return { authorization: `Bearer ${token}` };
  }
}

/** The test identities as the app's authenticator, and the platform's access guard on every route. */
@Global()
@Module({})
class TestAccessModule {
  static forRoot(identities: TestIdentities): DynamicModule {
    return {
      module: TestAccessModule,
      providers: [
        { provide: AUTHENTICATOR, useValue: identities },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AUTHENTICATOR],
    };
  }
}

export interface HttpTestAppOptions {
  /**
   * Who signs in: `test` (the default), the test identities of `as(role)`; `accounts`, the real accounts and
   * sign-in of an AccessModule among the imports (it binds the same guard).
   */
  readonly signIn?: 'test' | 'accounts';
  /** The events whose personal fields the app's store seals, with a vault in memory (`t.store` is the log as kept). */
  readonly personalData?: PersonalFields;
}

/**
 * A context's modules on fastify with the platform's validation, access guard and problem details, over an
 * in-memory store; drive it with `app.inject(...)`, as someone: `headers: t.as('staff')`.
 */
export async function createHttpTestApp(
  imports: ModuleMetadata['imports'],
  store: EventStore = new InMemoryEventStore(),
  options: HttpTestAppOptions = {},
): Promise<HttpTestApp> {
  const identities = new TestIdentities();
  const access = (options.signIn ?? 'test') === 'test' ? [TestAccessModule.forRoot(identities)] : [];
  const moduleRef = await Test.createTestingModule({
    imports: [
      CqrsModule.forRoot(),
      EventStoreModule.forRoot(
        store,
        undefined,
        // The log's vault in memory: an app made again on the same log (a restart) keeps the installation keys.
        options.personalData && { fields: options.personalData },
      ),
      ...access,
      ...(imports ?? []),
    ],
  }).compile();
  moduleRef.get(AUTHENTICATOR, { strict: false }); // throws when nothing signs in: no app without its guard
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(KHAI_FASTIFY_OPTIONS));
  app.useGlobalPipes(khaiValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    store,
    as: (role: Role, boundTo?: string) => identities.headersOf(role, boundTo),
    async close() {
      await app.close();
      await store.close();
    },
  };
}
