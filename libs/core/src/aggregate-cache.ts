import type { Decider } from './decider';
import type { DomainEvent, EventEnvelope, RecordedEvent } from './envelope';
import type { AppendResult, EventStore } from './event-store.port';
import { takeTurn } from './turns';

/** Events of a stream read and folded in one slice of the event loop when an aggregate is loaded. */
const LOAD_PAGE = 1_000;

/** The events one idempotency key appended to a stream, and the global position of the last of them. */
export interface KeyedAppend {
  readonly events: readonly EventEnvelope[];
  readonly position: number;
}

/** A stream folded up to `revision`, with the events each idempotency key appended. */
export interface FoldedStream<State> {
  revision: number;
  state: State;
  readonly keyed: Map<string, KeyedAppend>;
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
 * wrong, only behind: `load` catches it up with a read, and `peek` hands it
 * over unread for a decision whose append, at the fold's revision, proves it
 * was current (see handleCommand).
 *
 * A stream enters the cache when it is read (`load`), not when a command creates
 * it: most streams made in a flood — a buyer order each, thousands a second over
 * Kafka — get their next command days later, if ever. Cached on creation, they
 * pushed the streams in use (accounts, contracts) out of the bound within
 * seconds, and every fold lived just long enough to be copied out of V8's young
 * generation and die in the old one (garbage-collection pauses of 20–50 ms at
 * 5,000 orders/s, docs/benchmarks.md). A created stream's next command decides
 * on the initial state, finds the stream there (a refusal or a conflict), reads
 * it once, and from then on it is cached.
 */
export class AggregateCache {
  private readonly byStore = new WeakMap<EventStore, Map<string, CachedStream>>();

  constructor(private readonly maxStreams = 20_000) {}

  /** The stream folded up to its last event in the store: the cached fold, caught up by a read. */
  async load<Event extends DomainEvent, State>(
    store: EventStore,
    streamName: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  ): Promise<FoldedStream<State>> {
    const streams = this.streamsOf(store);
    for (;;) {
      const folded = this.entry(streams, streamName, decider);
      // In pages, each in a slice of the event loop (`takeTurn`): a stream of years is read and folded without
      // holding requests back, even while many commands load theirs at once.
      let complete: boolean;
      let read: number;
      do {
        await takeTurn();
        const fresh = await store.readStream(streamName, { fromRevision: folded.revision + 1, maxCount: LOAD_PAGE });
        complete = catchUp(folded, fresh as RecordedEvent<Event>[], decider);
        read = fresh.length;
      } while (complete && read === LOAD_PAGE);
      if (complete) return folded;
      streams.delete(streamName);
    }
  }

  /**
   * The fold as cached, without reading — possibly behind the store; for a
   * stream not cached (new, created but not read since, or forgotten), the
   * initial state at revision -1, which the cache does not keep.
   */
  peek<Event extends DomainEvent, State>(
    store: EventStore,
    streamName: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  ): FoldedStream<State> {
    return this.cached(this.streamsOf(store), streamName, decider) ?? initialFold(decider);
  }

  /**
   * Folds in the events a command just appended at `expected` (-1: a new
   * stream), so that the next command on the stream need not read them back.
   * A fold that has moved elsewhere meanwhile is left to the next `load`.
   */
  appended<Event extends DomainEvent, State>(
    store: EventStore,
    streamName: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
    expected: number,
    events: readonly EventEnvelope<Event>[],
    result: AppendResult,
  ): void {
    const cached = this.streamsOf(store).get(streamName);
    if (!cached || cached.decider !== (decider as unknown as AnyDecider)) return;
    const folded = cached.folded as FoldedStream<State>;
    if (folded.revision !== expected) return;
    for (const event of events) folded.state = decider.evolve(folded.state, event as unknown as Event);
    folded.revision = result.nextExpectedRevision;
    const key = events[0]?.metadata.idempotencyKey;
    if (key != null) addKeyed(folded.keyed, key, events, result.position);
  }

  private streamsOf(store: EventStore): Map<string, CachedStream> {
    let streams = this.byStore.get(store);
    if (!streams) {
      streams = new Map<string, CachedStream>();
      this.byStore.set(store, streams);
    }
    return streams;
  }

  /** The stream's cached fold, now the most recently used; undefined when not cached for this decider. */
  private cached<Event extends DomainEvent, State>(
    streams: Map<string, CachedStream>,
    streamName: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  ): FoldedStream<State> | undefined {
    const cached = streams.get(streamName);
    if (!cached || cached.decider !== (decider as unknown as AnyDecider)) return undefined;
    streams.delete(streamName);
    streams.set(streamName, cached);
    return cached.folded as FoldedStream<State>;
  }

  /** The stream's cached fold, or a new one at the initial state, cached from now on. */
  private entry<Event extends DomainEvent, State>(
    streams: Map<string, CachedStream>,
    streamName: string,
    decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  ): FoldedStream<State> {
    const cached = this.cached(streams, streamName, decider);
    if (cached) return cached;
    const folded = initialFold(decider);
    streams.set(streamName, { decider: decider as unknown as AnyDecider, folded });
    if (streams.size > this.maxStreams) streams.delete(streams.keys().next().value as string);
    return folded;
  }
}

function initialFold<State>(decider: Pick<Decider<unknown, never, State>, 'initialState'>): FoldedStream<State> {
  return { revision: -1, state: decider.initialState, keyed: new Map() };
}

function addKeyed(
  keyed: Map<string, KeyedAppend>,
  key: string,
  events: readonly EventEnvelope[],
  position: number,
): void {
  const earlier = keyed.get(key);
  keyed.set(key, { events: earlier ? [...earlier.events, ...events] : events, position });
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
    if (key !== null) addKeyed(folded.keyed, key, [event], event.position);
  }
  return true;
}

/** The cache every command handler shares unless given its own. */
export const sharedAggregateCache = new AggregateCache();
