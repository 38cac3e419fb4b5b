import { type DynamicModule, Global, Module } from '@nestjs/common';

import { EVENT_STORE, type EventStore } from './event-store.port';

/** Binds the one event store of the process to the EVENT_STORE token for every context. */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(store: EventStore): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [{ provide: EVENT_STORE, useValue: store }],
      exports: [EVENT_STORE],
    };
  }
}
