import {
  type EventStore,
  EventStoreModule,
  InMemoryEventStore,
  KHAI_FASTIFY_OPTIONS,
  khaiValidationPipe,
  ProblemDetailsFilter,
} from '@khai/event-sourcing';
import type { ModuleMetadata } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';

export interface HttpTestApp {
  readonly app: NestFastifyApplication;
  readonly store: EventStore;
  close(): Promise<void>;
}

/**
 * A context's modules on fastify with the platform's validation and problem
 * details, over an in-memory store; drive it with `app.inject(...)`.
 */
export async function createHttpTestApp(
  imports: ModuleMetadata['imports'],
  store: EventStore = new InMemoryEventStore(),
): Promise<HttpTestApp> {
  const moduleRef = await Test.createTestingModule({
    imports: [CqrsModule.forRoot(), EventStoreModule.forRoot(store), ...(imports ?? [])],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(KHAI_FASTIFY_OPTIONS));
  app.useGlobalPipes(khaiValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    store,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
