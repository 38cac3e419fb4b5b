import type { EventEnvelope, EventMetadata, RecordedEvent } from '@khai/core';
import { ConcurrencyError } from '@khai/core';
import {
  type AppendResult,
  describeExpected,
  type EventHandler,
  type EventStore,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
  type Subscription,
} from '@khai/core';
import {
  type AllStreamResolvedEvent,
  type AppendStreamState,
  excludeSystemEvents,
  jsonEvent,
  KurrentDBClient,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';

type JsonRecord = Record<string, unknown>;

/**
 * The production event store: KurrentDB (EventStoreDB) through
 * `@kurrent/kurrentdb-client`. Global positions are the server's commit
 * positions; event ids are the envelope's, so the server's own idempotence on
 * event ids answers retried appends.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;

  constructor(connectionString: string) {
    this.client = KurrentDBClient.connectionString(connectionString);
  }

  async append(
    streamName: string,
    events: readonly EventEnvelope[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    try {
      const result = await this.client.appendToStream(
        streamName,
        events.map((e) =>
          jsonEvent({
            id: e.metadata.eventId,
            type: e.type,
            data: e.data as JsonRecord,
            metadata: e.metadata as unknown as JsonRecord,
          }),
        ),
        { streamState: toStreamState(expected) },
      );
      return {
        nextExpectedRevision: Number(result.nextExpectedRevision),
        position: Number(result.position?.commit ?? 0n),
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        throw new ConcurrencyError(streamName, describeExpected(expected), String(error.actualState));
      }
      throw error;
    }
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamName, {
        fromRevision: options.fromRevision === undefined ? START : BigInt(options.fromRevision),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      })) {
        const event = resolved.event;
        if (!event) continue;
        events.push(toRecorded(event, Number(resolved.commitPosition ?? event.position?.commit ?? 0n)));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    const events: RecordedEvent[] = [];
    const from = after === 0 ? START : { commit: BigInt(after), prepare: BigInt(after) };
    for await (const resolved of this.client.readAll({
      fromPosition: from,
      filter: excludeSystemEvents(),
      maxCount: options.maxCount + 1,
    })) {
      const recorded = fromAll(resolved);
      if (!recorded || recorded.position <= after) continue;
      events.push(recorded);
      if (events.length === options.maxCount) break;
    }
    return events;
  }

  subscribeToAll(handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    const after = options.after ?? 0;
    const subscription = this.client.subscribeToAll({
      fromPosition: after === 0 ? START : { commit: BigInt(after), prepare: BigInt(after) },
      filter: excludeSystemEvents(),
    });
    let position: number | undefined = options.after;
    const types = options.eventTypes;
    let live = false;
    subscription.on('caughtUp', () => {
      live = true;
    });
    const done = (async () => {
      for await (const resolved of subscription) {
        const recorded = fromAll(resolved);
        if (!recorded || recorded.position <= after) continue;
        // Filtered here: each event passed over is a checkpoint, so the subscriber's can move past it.
        if (types && !types.has(recorded.type)) await options.onCheckpoint?.(recorded.position);
        else await handler(recorded);
        position = recorded.position;
      }
    })();
    done.catch(() => undefined);
    return {
      done,
      position: () => position,
      isLive: () => live,
      async stop() {
        await subscription.unsubscribe();
        await done.catch(() => undefined);
      },
    };
  }

  async headPosition(): Promise<number> {
    for await (const resolved of this.client.readAll({
      direction: 'backwards',
      fromPosition: 'end',
      maxCount: 1,
      filter: excludeSystemEvents(),
    })) {
      return fromAll(resolved)?.position ?? 0;
    }
    return 0;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return 'any';
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

function fromAll(resolved: AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || !event.isJson) return undefined;
  return toRecorded(event, Number(event.position.commit));
}

function toRecorded(
  event: { streamId: string; revision: bigint; type: string; data: unknown; metadata: unknown },
  position: number,
): RecordedEvent {
  return {
    streamName: event.streamId,
    revision: Number(event.revision),
    position,
    type: event.type,
    data: event.data,
    metadata: event.metadata as EventMetadata,
  };
}
