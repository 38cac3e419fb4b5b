import type { Decider } from './decider';
import type { DomainEvent, RecordedEvent } from './envelope';
import type { EventStore } from './event-store.port';

/** A stream folded up to `revision`, with the events each idempotency key appended. */
export interface FoldedStream<State> {
  revision: number;
  state: State;
  readonly keyed: Map<string, RecordedEvent[]>;
}

type AnyDecider = Pick<Decider<never, never, unknown>, 'evolve' | 'initialState'>;

interface CachedStream {
  readonly decider: AnyDecider;
  readonly folded: FoldedStream<unknown>;
}

/**
 * Folded aggregates kept between commands, so a command reads only the events
 * appended since (by anyone) instead of its whole stream: a member's account or
 * a busy contract no longer costs more with every entry. Bounded, least recently
 * used first out. Events never change once written, so a cached fold is never
 * wrong, only behind, and the read after it catches up.
 */
export class AggregateCache {
  private readonly byStore = new WeakMap<
    EventStore,
    Map<string, { decider: AnyDecider; folded: FoldedStream<unknown> }>
  >();

  constructor(private readonly maxStreams = 20_000) {}

  async load<Event extends DomainEvent, State>(
    store: EventStore,
    streamName: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  ): Promise<FoldedStream<State>> {
    const streams = this.streamsOf(store);
    for (;;) {
      const folded = this.entry(streams, streamName, decider);
      const fresh = await store.readStream(streamName, { fromRevision: folded.revision + 1 });
      if (catchUp(folded, fresh as RecordedEvent<Event>[], decider)) return folded;
      streams.delete(streamName);
    }
  }

  private streamsOf(store: EventStore): Map<string, CachedStream> {
    let streams = this.byStore.get(store);
    if (!streams) {
      streams = new Map<string, CachedStream>();
      this.byStore.set(store, streams);
    }
    return streams;
  }

  private entry<Event extends DomainEvent, State>(
    streams: Map<string, CachedStream>,
    streamName: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  ): FoldedStream<State> {
    const cached = streams.get(streamName);
    if (cached && cached.decider === (decider as unknown as AnyDecider)) {
      streams.delete(streamName);
      streams.set(streamName, cached);
      return cached.folded as FoldedStream<State>;
    }
    const folded: FoldedStream<State> = { revision: -1, state: decider.initialState, keyed: new Map() };
    streams.set(streamName, { decider: decider as unknown as AnyDecider, folded: folded });
    if (streams.size > this.maxStreams) streams.delete(streams.keys().next().value as string);
    return folded;
  }
}

/**
 * Folds the events that follow the cached revision (others, already folded by a
 * concurrent command, are skipped). False when there is a gap: start again.
 */
function catchUp<Event extends DomainEvent, State>(
  folded: FoldedStream<State>,
  fresh: readonly RecordedEvent<Event>[],
  decider: Pick<Decider<unknown, Event, State>, 'evolve'>,
): boolean {
  for (const event of fresh) {
    if (event.revision <= folded.revision) continue;
    if (event.revision !== folded.revision + 1) return false;
    folded.state = decider.evolve(folded.state, event as unknown as Event);
    folded.revision = event.revision;
    const key = event.metadata.idempotencyKey;
    if (key !== null) folded.keyed.set(key, [...(folded.keyed.get(key) ?? []), event]);
  }
  return true;
}

/** The cache every command handler shares unless given its own. */
export const sharedAggregateCache = new AggregateCache();
