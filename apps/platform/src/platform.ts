import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { AccountStore } from '@khai/access';
import { FREE_TEXT_NOTE } from '@khai/contracts';
import {
  BEARER_SCHEME,
  type CheckpointStore,
  COOKIE_SCHEME,
  createApiDocument,
  type EventStore,
  KHAI_FASTIFY_OPTIONS,
  khaiValidationPipe,
  KurrentDbEventStore,
  ProblemDetailsFilter,
  SESSION_COOKIE,
  SqliteCheckpointStore,
  SqliteEventStore,
  SqlitePersonalDataVault,
} from '@khai/event-sourcing';
import { integrationOptions } from '@khai/integration';
import { InMemoryReadModelStore, MongoReadModelStore, type ReadModelStore } from '@khai/read-models';
import { REGISTRY_PERSONAL_FIELDS } from '@khai/registry';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

import { PlatformModule } from './app.module';
import type { PlatformConfig } from './config';
import { secureHttp } from './http-security';
import { serveWebApp, webAppDir } from './web-app';

export function createEventStore(config: PlatformConfig): EventStore {
  if (config.eventStore === 'kurrentdb') return new KurrentDbEventStore(config.kurrentDbUrl as string);
  mkdirSync(config.dataDir, { recursive: true });
  return new SqliteEventStore({
    filename: join(config.dataDir, 'events.sqlite'),
    synchronous: config.sqliteSynchronous,
    syncOn: 'pool',
    checkpointThread: true,
  });
}

/** Process-manager checkpoints: a SQLite file in the data dir, whichever event store is used. */
export function createCheckpointStore(config: PlatformConfig): CheckpointStore {
  mkdirSync(config.dataDir, { recursive: true });
  return new SqliteCheckpointStore(join(config.dataDir, 'checkpoints.sqlite'));
}

/** The local accounts and their sessions: a SQLite file in the data dir, whichever event store is used. */
export function createAccountStore(config: PlatformConfig): AccountStore {
  mkdirSync(config.dataDir, { recursive: true });
  return AccountStore.open(join(config.dataDir, 'accounts.sqlite'), { sessionHours: config.access.sessionHours });
}

/**
 * The keys of members' personal data: a SQLite file in the data dir, whichever event store is used (a key erased is
 * gone from every copy of the log, KurrentDB's included).
 */
export function createPersonalDataVault(config: PlatformConfig): SqlitePersonalDataVault {
  mkdirSync(config.dataDir, { recursive: true });
  return new SqlitePersonalDataVault(join(config.dataDir, 'keys.sqlite'));
}

/** The read models: in memory (rebuilt from the log at every start) or MongoDB. */
export async function createReadModelStore(config: PlatformConfig): Promise<ReadModelStore> {
  return config.readModels === 'mongodb'
    ? MongoReadModelStore.connect(config.mongoUrl as string)
    : new InMemoryReadModelStore();
}

/**
 * The platform on fastify: validation, RFC 9457 problems, OpenAPI at /docs (JSON at /docs-json), and the web app at
 * `/` when it is built (`webDir`).
 */
export async function createPlatform(
  config: PlatformConfig,
  logger = true,
  webDir: string | undefined = webAppDir(),
): Promise<NestFastifyApplication> {
  const store = createEventStore(config);
  const checkpoints = createCheckpointStore(config);
  const readModels = await createReadModelStore(config);
  const accounts = createAccountStore(config);
  const vault = createPersonalDataVault(config);
  const integration = integrationOptions(
    config.integration,
    config.dataDir,
    config.eventStore === 'kurrentdb'
      ? { kind: 'kurrentdb', url: config.kurrentDbUrl as string }
      : {
          kind: 'sqlite',
          filename: join(config.dataDir, 'events.sqlite'),
          ...(store instanceof SqliteEventStore ? { signal: store.appendSignal } : {}),
        },
  );
  const app = await NestFactory.create<NestFastifyApplication>(
    PlatformModule.forRoot(
      store,
      checkpoints,
      config,
      readModels,
      integration,
      {
        accounts,
        cookieSecure: config.access.cookieSecure,
        ...(config.access.metricsToken === undefined ? {} : { metricsToken: config.access.metricsToken }),
        ...(config.access.oidc === undefined ? {} : { oidc: config.access.oidc }),
      },
      { vault, fields: REGISTRY_PERSONAL_FIELDS },
    ),
    new FastifyAdapter(KHAI_FASTIFY_OPTIONS),
    {
      logger: logger ? ['log', 'warn', 'error'] : false,
    },
  );
  await secureHttp(app, config.http);
  app.useGlobalPipes(khaiValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  const document = createApiDocument(
    app,
    new DocumentBuilder()
      .setTitle('Khai — ไข่')
      .setDescription(
        'The event-sourced supply chain of the Chiang Mai–Lamphun Layer Hen Farmers Cooperative. ' +
          'Money is integer satang; dates are ISO days in Asia/Bangkok; every write takes an Idempotency-Key. ' +
          FREE_TEXT_NOTE,
      )
      .setVersion('0.1.0')
      .addBearerAuth(
        { type: 'http', scheme: 'bearer', description: 'the token of `POST /auth/sign-in` with `session: bearer`' },
        BEARER_SCHEME,
      )
      .addCookieAuth(
        SESSION_COOKIE,
        { type: 'apiKey', in: 'cookie', description: 'the session cookie `POST /auth/sign-in` sets' },
        COOKIE_SCHEME,
      )
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  if (webDir !== undefined) await serveWebApp(app, webDir);
  else if (logger) Logger.warn('the web app is not built (npm --prefix apps/web run build): / answers 404', 'Khai');
  const close = app.close.bind(app);
  app.close = async () => {
    await close();
    await readModels.close();
    await store.close();
    await checkpoints.close();
    accounts.close();
    vault.close();
  };
  return app;
}
