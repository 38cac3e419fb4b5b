import { deadLetterTopic, INBOUND_TOPICS, OUTBOUND_TOPICS } from '@khai/contracts';
import { type GatedStart, StartupGate } from '@khai/event-sourcing';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';

import { KafkaIntegrationBus } from './adapters/kafka.integration-bus';
import { type InboundCounts, InboundPipeline } from './inbound/inbound-pipeline';
import { INBOX_STORE, type InboxStore } from './inbox/inbox-store.port';
import { type Consumer, INTEGRATION_BUS, type IntegrationBus } from './integration-bus.port';
import type { RelayStatus } from './outbound/outbox-relay';
import { RELAY, type Relay, RelayThread } from './outbound/relay-thread';
import type { WaitingStatus } from './waiting/waiting-room';
import { WAITING_STORE, type WaitingStore } from './waiting/waiting-store.port';

export const INTEGRATION_OPTIONS = Symbol('IntegrationOptions');

export interface IntegrationRunOptions {
  readonly enabled: boolean;
  readonly groupId: string;
  readonly partitions: number;
}

export interface IntegrationStatus {
  readonly enabled: boolean;
  readonly bus: string;
  readonly inbound: InboundCounts & { readonly topics: readonly string[]; readonly waiting: WaitingStatus };
  readonly outbound: RelayStatus;
}

/** Starts the inbound consumer and the outbound relay with the application, and stops them with it. */
@Injectable()
export class IntegrationRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IntegrationRunner.name);
  private consumer: Consumer | undefined;
  /** The relay's start, behind the start-up gate when it runs on the main thread. */
  private relayStarted: GatedStart | undefined;

  constructor(
    @Inject(INTEGRATION_OPTIONS) private readonly options: IntegrationRunOptions,
    @Inject(INTEGRATION_BUS) private readonly bus: IntegrationBus,
    @Inject(INBOX_STORE) private readonly inbox: InboxStore,
    @Inject(InboundPipeline) private readonly pipeline: InboundPipeline,
    @Inject(RELAY) private readonly relay: Relay,
    @Inject(WAITING_STORE) private readonly waiting: WaitingStore,
    @Optional() @Inject(StartupGate) private readonly gate: StartupGate = new StartupGate(),
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.enabled) return;
    const inbound = INBOUND_TOPICS.map((t) => t.name);
    if (this.bus instanceof KafkaIntegrationBus) {
      const all = [...inbound, ...inbound.map(deadLetterTopic), ...OUTBOUND_TOPICS.map((t) => t.name)];
      await this.bus.ensureTopics(all, this.options.partitions);
    }
    // On the main thread, its catch-up would share the read models' restore and catch-up: it starts after them. On a
    // thread of its own, at once (a gate nobody holds).
    const gate = this.relay instanceof RelayThread ? new StartupGate() : this.gate;
    const failed = (error: unknown) => this.logger.error(`the relay did not start: ${String(error)}`);
    this.relayStarted = gate.start(() => this.relay.start(), failed);
    await this.relayStarted.begun;
    // What waited when the cooperative stopped is tried again from now on, before anything new comes in.
    await this.pipeline.waiting.load();
    this.consumer = await this.bus.consume(this.options.groupId, inbound, this.pipeline.handle);
    this.logger.log(`partner integration on ${this.bus.constructor.name}: consuming ${inbound.length} topics`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relayStarted?.callOff();
    await this.consumer?.stop();
    await this.pipeline.waiting.stop();
    await this.relay.stop();
    await this.bus.close();
    await this.inbox.close();
    await this.waiting.close();
  }

  async status(): Promise<IntegrationStatus> {
    return {
      enabled: this.options.enabled,
      bus: this.bus.constructor.name,
      inbound: {
        ...this.pipeline.counts,
        topics: INBOUND_TOPICS.map((t) => t.name),
        waiting: this.pipeline.waiting.status(),
      },
      outbound: await this.relay.status(),
    };
  }
}
