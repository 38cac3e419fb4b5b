import { EVENT_STORE, type EventStore } from '@khai/event-sourcing';
import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';

import type { DocumentProjection } from './document-projection';
import { ReadModelsController } from './http/read-models.controller';
import { READ_MODEL_STORE, type ReadModelStore } from './read-model-store.port';
import { ReadModelRunner, type ReadModelRunnerOptions } from './runner/read-model-runner';

export const DOCUMENT_PROJECTIONS = Symbol('DocumentProjections');

export interface ReadModelsModuleOptions {
  /** The adapter, created by the app (it closes it, as it does the event store). */
  readonly store: ReadModelStore;
  readonly projections: readonly DocumentProjection[];
  readonly runner?: ReadModelRunnerOptions;
}

/** Starts the runner once the app is up (it catches up in the background) and stops it on shutdown. */
@Injectable()
class ReadModelLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(ReadModelRunner) private readonly runner: ReadModelRunner) {}

  onApplicationBootstrap(): Promise<void> {
    return this.runner.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }
}

/**
 * The read side's infrastructure: the store (READ_MODEL_STORE), the runner
 * keeping the document projections current, `GET /read-models` and `GET /metrics`.
 * Global, so query handlers of any module can inject the store and the runner.
 */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelsModuleOptions): DynamicModule {
    return {
      module: ReadModelsModule,
      global: true,
      controllers: [ReadModelsController],
      providers: [
        { provide: READ_MODEL_STORE, useValue: options.store },
        { provide: DOCUMENT_PROJECTIONS, useValue: options.projections },
        {
          provide: ReadModelRunner,
          useFactory: (events: EventStore, store: ReadModelStore, projections: readonly DocumentProjection[]) =>
            new ReadModelRunner(events, store, projections, options.runner),
          inject: [EVENT_STORE, READ_MODEL_STORE, DOCUMENT_PROJECTIONS],
        },
        ReadModelLifecycle,
      ],
      exports: [READ_MODEL_STORE, ReadModelRunner, DOCUMENT_PROJECTIONS],
    };
  }
}
