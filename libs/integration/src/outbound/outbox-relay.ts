import {
  CHECKPOINT_STORE,
  type CheckpointStore,
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
  type Subscription,
} from '@khai/event-sourcing';
import { Inject, Injectable, Logger } from '@nestjs/common';

import { backoffMs, describe, sleep } from '../adapters/retry';
import { CoalescedWrites } from '../coalesced-writes';
import { INTEGRATION_BUS, type IntegrationBus, type OutboundMessage } from '../integration-bus.port';
import { FirstEventReader, OPENING_EVENT_TYPES } from './first-event-reader';
import { integrationMessagesFor, PUBLISHED_EVENT_TYPES } from './outbound-mappers';

export const RELAY_OPTIONS = Symbol('RelayOptions');

export interface RelayOptions {
  /** The checkpoint's name in the CheckpointStore. */
  readonly name: string;
  /** Most messages per publish. */
  readonly maxBatch: number;
  /** How long a partial batch waits for more events before it is published. */
  readonly lingerMs: number;
  /**
   * How often, at most, the checkpoint is saved (0: after every publish). After a crash the events published since
   * the last save are published again, which partners dedupe by `message-id`.
   */
  readonly checkpointIntervalMs: number;
}

export const DEFAULT_RELAY_OPTIONS: RelayOptions = {
  name: 'integration-relay',
  maxBatch: 500,
  lingerMs: 5,
  checkpointIntervalMs: 250,
};

/**
 * The events the relay asks the log for: those it publishes, and those that open the streams its mappers look up
 * (remembered on its way). The store passes over the others without decoding them — nine in ten events of five
 * generated years — and says how far it read, which moves the checkpoint past them.
 */
export const RELAYED_EVENT_TYPES: ReadonlySet<string> = new Set([...PUBLISHED_EVENT_TYPES, ...OPENING_EVENT_TYPES]);

export interface RelayStatus {
  readonly name: string;
  /** The saved checkpoint: the position of an event whose messages, and all before them, the bus acknowledged. */
  readonly checkpoint: number;
  readonly head: number;
  readonly lag: number;
  readonly published: number;
  readonly failed: string | null;
}

/**
 * The outbox, read from the event log: a catch-up subscription from a persisted
 * checkpoint maps the published event types to integration messages, publishes
 * them in batches, and saves the checkpoint only after the bus acknowledged the
 * batch — at most every `checkpointIntervalMs`, as Kafka Connect's source
 * connectors do, a timer saving what an idle relay has published, and at stop.
 * After a crash the events since the checkpoint are published again: at least
 * once, with the event id in `message-id` for partners to dedupe. It reads only
 * the events it publishes or remembers (`RELAYED_EVENT_TYPES`); the checkpoint
 * moves past the others with the next publish, as past an event that publishes
 * nothing.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly streams: FirstEventReader;
  private subscription: Subscription | undefined;
  private buffer: OutboundMessage[] = [];
  /** Position of the last event mapped into the buffer (or passed over). */
  private mapped: number | undefined;
  /** The saved checkpoint. */
  private checkpoint = 0;
  /** Position of the last event whose messages the bus acknowledged (saved or not yet). */
  private acknowledged = 0;
  /** Saves of the acknowledged position as the checkpoint, at most every `checkpointIntervalMs`. */
  private readonly saves: CoalescedWrites<number>;
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private published = 0;
  private failed: string | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CHECKPOINT_STORE) private readonly checkpoints: CheckpointStore,
    @Inject(INTEGRATION_BUS) private readonly bus: IntegrationBus,
    @Inject(RELAY_OPTIONS) private readonly options: RelayOptions = DEFAULT_RELAY_OPTIONS,
  ) {
    this.streams = new FirstEventReader(store);
    this.saves = new CoalescedWrites<number>({
      write: async ([upTo = this.checkpoint]) => {
        await this.checkpoints.save(this.options.name, upTo);
        this.checkpoint = upTo;
      },
      intervalMs: this.options.checkpointIntervalMs,
      onTimerError: (error) => {
        this.failed = describe(error);
      },
    });
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.failed = null;
    this.checkpoint = (await this.checkpoints.load(this.options.name)) ?? 0;
    this.acknowledged = this.checkpoint;
    this.buffer = [];
    this.mapped = this.checkpoint;
    this.subscription = this.store.subscribeToAll(this.onEvent, {
      after: this.checkpoint,
      eventTypes: RELAYED_EVENT_TYPES,
      onCheckpoint: this.passedOver,
    });
    this.subscription.done.catch((error: unknown) => {
      this.failed = describe(error);
      this.logger.error(`relay ${this.options.name} stopped after ${this.checkpoint}: ${this.failed}`);
    });
  }

  /** Stops reading, publishes what is buffered (once, without retrying), and saves the checkpoint. */
  async stop(): Promise<void> {
    if (!this.running) return;
    await this.subscription?.stop();
    this.running = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush().catch(() => undefined);
    this.saves.stopTimer();
    await this.saves.flush().catch((error: unknown) => {
      this.failed = describe(error);
    });
  }

  async status(): Promise<RelayStatus> {
    const head = await this.store.headPosition();
    return {
      name: this.options.name,
      checkpoint: this.checkpoint,
      head,
      lag: Math.max(0, head - this.checkpoint),
      published: this.published,
      failed: this.failed,
    };
  }

  /** Resolves once everything up to `position` is published and checkpointed. */
  async waitFor(position: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.checkpoint < position) {
      if (this.failed) throw new Error(`relay failed: ${this.failed}`);
      if (Date.now() > deadline) throw new Error(`relay did not reach ${position} in ${timeoutMs} ms`);
      await sleep(2);
    }
  }

  private readonly onEvent = async (event: RecordedEvent): Promise<void> => {
    this.streams.passed(event);
    const messages = await integrationMessagesFor(event, this.streams);
    this.buffer.push(...messages);
    this.mapped = event.position;
    // Back-pressure: a full batch is published before the subscription reads on.
    if (this.buffer.length >= this.options.maxBatch) await this.flush();
    else this.schedule();
  };

  /**
   * The subscription has read up to `position` and handed over every relayed event up to it: the events between
   * publish nothing, so the checkpoint moves past them with the next publish of the buffer (after the bus
   * acknowledged what the buffer holds, as for any event).
   */
  private readonly passedOver = (position: number): void => {
    if (position <= (this.mapped ?? 0)) return;
    this.mapped = position;
    this.schedule();
  };

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((error: unknown) => {
        this.failed = describe(error);
      });
    }, this.options.lingerMs);
  }

  /** Publishes the buffer and then (when due) saves the checkpoint; flushes run one after another, in order. */
  private flush(): Promise<void> {
    this.flushing = this.flushing.catch(() => undefined).then(() => this.publishBuffered());
    return this.flushing;
  }

  private async publishBuffered(): Promise<void> {
    const batch = this.buffer;
    const upTo = this.mapped;
    if (upTo === undefined || upTo <= this.acknowledged) return;
    this.buffer = [];
    for (let attempt = 0; batch.length > 0; attempt++) {
      try {
        await this.bus.publish(batch);
        break;
      } catch (error) {
        this.logger.warn(`relay publish of ${batch.length} failed (attempt ${attempt + 1}): ${describe(error)}`);
        if (!this.running) {
          this.buffer = [...batch, ...this.buffer];
          throw error;
        }
        await sleep(backoffMs(attempt));
      }
    }
    this.acknowledged = upTo;
    this.published += batch.length;
    this.failed = null;
    this.saves.set(this.options.name, upTo);
    await this.saves.flushIfDue();
  }
}
