import { type DynamicModule, Module } from '@nestjs/common';

import { InProcessIntegrationBus } from './adapters/in-process.integration-bus';
import { InboundPipeline } from './inbound/inbound-pipeline';
import { InMemoryInboxStore } from './inbox/in-memory.inbox-store';
import { INBOX_STORE, type InboxStore } from './inbox/inbox-store.port';
import { INTEGRATION_OPTIONS, IntegrationRunner } from './integration.runner';
import { INTEGRATION_BUS, type IntegrationBus } from './integration-bus.port';
import { IntegrationStatusController } from './integration-status.controller';
import { DEFAULT_RELAY_OPTIONS, OutboxRelay, RELAY_OPTIONS, type RelayOptions } from './outbound/outbox-relay';
import { RELAY, RelayThread, type RelayThreadSpec } from './outbound/relay-thread';
import { InMemoryWaitingStore } from './waiting/in-memory.waiting-store';
import { DEFAULT_WAITING_OPTIONS, WAITING_OPTIONS, type WaitingOptions } from './waiting/waiting-room';
import { WAITING_STORE, type WaitingStore } from './waiting/waiting-store.port';

export interface IntegrationModuleOptions {
  /** false: nothing is consumed or published (the status route still answers). */
  readonly enabled?: boolean;
  /** In-process by default; `KafkaIntegrationBus` for Kafka. Closed with the application. */
  readonly bus?: IntegrationBus;
  /** In memory by default; `SqliteInboxStore` to survive restarts. Closed with the application. */
  readonly inbox?: InboxStore;
  readonly groupId?: string;
  readonly partitions?: number;
  readonly relay?: Partial<RelayOptions>;
  /**
   * Messages that wait for what they name (`*_not_found`): kept in memory by default, `SqliteWaitingStore` to
   * survive restarts (closed with the application); the timer that tries them runs only when `enabled`.
   */
  readonly waiting?: Partial<WaitingOptions> & { readonly store?: WaitingStore };
  /** Runs the relay on a worker thread of its own (Kafka bus only); unset, it runs on the main thread. */
  readonly relayThread?: Omit<RelayThreadSpec, 'relay'>;
}

/**
 * The partner integration: inbound partner messages applied once through the
 * contexts' commands, outbound integration events relayed from the log. Needs
 * CqrsModule.forRoot(), EventStoreModule.forRoot(store, checkpoints) and the
 * modules whose commands it sends (SalesModule, FeedModule).
 */
@Module({})
export class IntegrationModule {
  static forRoot(options: IntegrationModuleOptions = {}): DynamicModule {
    const relay: RelayOptions = { ...DEFAULT_RELAY_OPTIONS, ...options.relay };
    const thread = options.relayThread;
    const { store: waitingStore, ...waiting } = options.waiting ?? {};
    return {
      module: IntegrationModule,
      controllers: [IntegrationStatusController],
      providers: [
        { provide: INTEGRATION_BUS, useValue: options.bus ?? new InProcessIntegrationBus() },
        { provide: INBOX_STORE, useValue: options.inbox ?? new InMemoryInboxStore() },
        { provide: RELAY_OPTIONS, useValue: relay },
        { provide: WAITING_STORE, useValue: waitingStore ?? new InMemoryWaitingStore() },
        {
          provide: WAITING_OPTIONS,
          useValue: { ...DEFAULT_WAITING_OPTIONS, timer: options.enabled ?? true, ...waiting } satisfies WaitingOptions,
        },
        thread
          ? { provide: RELAY, useValue: new RelayThread({ ...thread, relay }) }
          : { provide: RELAY, useExisting: OutboxRelay },
        {
          provide: INTEGRATION_OPTIONS,
          useValue: {
            enabled: options.enabled ?? true,
            groupId: options.groupId ?? 'khai-cooperative',
            partitions: options.partitions ?? 3,
          },
        },
        InboundPipeline,
        OutboxRelay,
        IntegrationRunner,
      ],
      exports: [INTEGRATION_BUS, InboundPipeline, OutboxRelay, RELAY, IntegrationRunner],
    };
  }
}
