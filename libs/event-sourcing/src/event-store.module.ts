import { CHECKPOINT_STORE, type CheckpointStore } from '@khai/core';
import { EVENT_STORE, type EventStore } from '@khai/core';
import { type DynamicModule, Global, Module } from '@nestjs/common';

import { InMemoryCheckpointStore } from './adapters/in-memory.checkpoint-store';
import { UseCaseRunner } from './http/use-case.controller';

/**
 * Binds the one event store of the process (EVENT_STORE) and the store of
 * subscriber checkpoints (CHECKPOINT_STORE) for every context, and the runner of
 * every context's use cases on that store.
 */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(store: EventStore, checkpoints: CheckpointStore = new InMemoryCheckpointStore()): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: CHECKPOINT_STORE, useValue: checkpoints },
        UseCaseRunner,
      ],
      exports: [EVENT_STORE, CHECKPOINT_STORE, UseCaseRunner],
    };
  }
}
