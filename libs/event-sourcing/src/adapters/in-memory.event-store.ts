import type { EventEnvelope, RecordedEvent } from '@khai/core';
import { ConcurrencyError } from '@khai/core';
import {
  type AppendResult,
  describeExpected,
  type EventHandler,
  type EventStore,
  type ExpectedRevision,
  expectedRevisionHolds,
  type KeyedPosition,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type Subscription,
} from '@khai/core';

import { AppendSignal, catchUpSubscription } from './catch-up-subscription';
import { answerRetriedAppend } from './retried-append';

/** The event store in memory, for unit tests. Positions start at 1. */
export class InMemoryEventStore implements EventStore {
  readonly reportsRetries: boolean = true;
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  /** Event ids are unique within a stream: keyed by stream name and id. */
  private readonly byEventId = new Map<string, RecordedEvent>();
  private readonly signal = new AppendSignal();

  async append(
    streamName: string,
    events: readonly EventEnvelope[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    await Promise.resolve();
    const ids = events.map((e) => e.metadata.eventId);
    const keys = ids.map((id) => `${streamName}\u0000${id}`);
    if (keys.some((key) => this.byEventId.has(key))) {
      return answerRetriedAppend(
        streamName,
        ids,
        keys.map((key) => this.byEventId.get(key)),
      );
    }
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length - 1;
    if (!expectedRevisionHolds(expected, current)) {
      throw new ConcurrencyError(streamName, describeExpected(expected), String(current));
    }
    for (const event of events) {
      const recorded: RecordedEvent = { ...event, streamName, revision: stream.length, position: this.log.length + 1 };
      stream.push(recorded);
      this.log.push(recorded);
      this.byEventId.set(`${streamName}\u0000${event.metadata.eventId}`, recorded);
    }
    this.streams.set(streamName, stream);
    this.signal.notify();
    return { nextExpectedRevision: stream.length - 1, position: this.log.length };
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = options.fromRevision ?? 0;
    const stream = this.streams.get(streamName) ?? [];
    return stream.slice(from, options.maxCount === undefined ? undefined : from + options.maxCount);
  }

  async hasEvent(streamName: string, eventId: string): Promise<boolean> {
    return this.byEventId.has(`${streamName}\u0000${eventId}`);
  }

  async idempotencyKeys(actors: ReadonlySet<string>, after: number, upTo: number): Promise<readonly KeyedPosition[]> {
    return this.log
      .slice(after, upTo)
      .filter((e) => actors.has(e.metadata.actor) && e.metadata.idempotencyKey !== null)
      .map((e) => ({ key: e.metadata.idempotencyKey as string, position: e.position }));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const from = options.after ?? 0;
    return this.log.slice(from, from + options.maxCount);
  }

  subscribeToAll(handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    return catchUpSubscription((o) => this.readAll(o), this.signal, handler, options);
  }

  async headPosition(): Promise<number> {
    return this.log.length;
  }

  async close(): Promise<void> {
    this.signal.notify();
  }
}
