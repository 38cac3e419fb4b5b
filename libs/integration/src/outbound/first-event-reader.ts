import { type EventStore, type RecordedEvent, streamName } from '@khai/event-sourcing';

/**
 * Reads the first event of a stream — the fact that opened it (negotiation
 * opened, order confirmed, contract agreed, shipment planned, eggs collected) —
 * which never changes, so it is cached (bounded); and, for a message that
 * needs more (a receipt's order so far), a stream as it stood at an event.
 */
export class FirstEventReader {
  private readonly cache = new Map<string, RecordedEvent>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = 20_000,
  ) {}

  async data<D>(category: string, id: string, type: string): Promise<D> {
    const name = streamName(category, id);
    let first = this.cache.get(name);
    if (!first) {
      [first] = await this.store.readStream(name, { maxCount: 1 });
      if (!first) throw new Error(`${name} has no events: cannot map an integration event that refers to it`);
      if (this.cache.size >= this.capacity) this.cache.clear();
      this.cache.set(name, first);
    }
    if (first.type !== type) throw new Error(`${name} starts with ${first.type}, not ${type}`);
    return first.data as D;
  }

  /**
   * The events of a stream up to its revision `toRevision`, and written before the log position `before`: the
   * same answer however late the relay asks (what a message says must not change when it is published again).
   */
  async upTo(
    category: string,
    id: string,
    { toRevision, before }: { toRevision?: number; before?: number },
  ): Promise<RecordedEvent[]> {
    const events = await this.store.readStream(
      streamName(category, id),
      toRevision === undefined ? {} : { maxCount: toRevision + 1 },
    );
    return before === undefined ? events : events.filter((e) => e.position < before);
  }
}
