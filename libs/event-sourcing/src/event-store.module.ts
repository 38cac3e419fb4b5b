import { type DynamicModule, Global, Module } from '@nestjs/common';

import { InMemoryCheckpointStore } from './adapters/in-memory.checkpoint-store';
import { CHECKPOINT_STORE, type CheckpointStore } from './checkpoint-store.port';
import { EVENT_STORE, type EventStore } from './event-store.port';

/**
 * Binds the one event store of the process (EVENT_STORE) and the store of
 * subscriber checkpoints (CHECKPOINT_STORE) for every context.
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
      ],
      exports: [EVENT_STORE, CHECKPOINT_STORE],
    };
  }
}
