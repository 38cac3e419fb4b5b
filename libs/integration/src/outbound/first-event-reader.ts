import { type EventStore, type RecordedEvent, streamName } from '@khai/event-sourcing';

/**
 * The events that open the streams the mappers look up (`FirstEventReader.data`): a negotiation opened, an order
 * confirmed, a shipment planned, eggs collected, a feed contract agreed, a supplier's invoice received. The relay
 * passes them on its way through the log and remembers them, so a shipment's ~90 lots, collected days before it
 * was dispatched, are found in memory rather than read stream by stream. None of them may carry personal data: read
 * from $all such fields stay sealed, while a stream read opens them, and a message would then differ with where its
 * facts came from (a test checks them against the registry's personal fields).
 */
export const OPENING_EVENT_TYPES = [
  'PriceNegotiationOpened',
  'SalesOrderConfirmed',
  'ShipmentPlanned',
  'EggsCollected',
  'FeedContractAgreed',
  'FeedInvoiceReceived',
] as const;

export type OpeningEventType = (typeof OPENING_EVENT_TYPES)[number];

const OPENING: ReadonlySet<string> = new Set(OPENING_EVENT_TYPES);

/**
 * Opening events remembered (the last `capacity / 2` to `capacity`): on five generated years a `ShipmentDispatched`
 * looks up its plan and the collection of each of its ~90 lots, 845,000 first events in all; the lots of a shipment
 * were collected one or two days before it was planned, and about 90 lots are collected a day, so the last 10,000
 * opening events hold months of them.
 */
const REMEMBERED = 20_000;

/**
 * Reads the first event of a stream — the fact that opened it (negotiation
 * opened, order confirmed, contract agreed, shipment planned, eggs collected) —
 * which never changes, so it is remembered (bounded), from the relay's way
 * through the log or from the read; and, for a message that needs more (a
 * receipt's order so far), a stream as it stood at an event.
 */
export class FirstEventReader {
  /**
   * The opening events remembered: the recent ones, and those before them. Two generations, the older dropped whole
   * when the recent one is full: one map cleared when full forgot, at the worst moment, the lots a shipment about to
   * be dispatched was packed from; and dropping the oldest entry at every insert walks past every entry deleted
   * before it to reach a Map's first (see `MemberLedgerProcess`).
   */
  private recent = new Map<string, RecordedEvent>();
  private older = new Map<string, RecordedEvent>();

  constructor(
    private readonly store: EventStore,
    private readonly capacity = REMEMBERED,
  ) {}

  /**
   * Remembers an event the relay passes, if it opens a stream the mappers look up. Called in log order, so a lot's
   * collection is remembered before its shipment is dispatched.
   */
  passed(event: RecordedEvent): void {
    if (event.revision === 0 && OPENING.has(event.type)) this.remember(event.streamName, event);
  }

  async data<D>(category: string, id: string, type: OpeningEventType): Promise<D> {
    const name = streamName(category, id);
    let first = this.recent.get(name) ?? this.older.get(name);
    if (!first) {
      [first] = await this.store.readStream(name, { maxCount: 1 });
      if (!first) throw new Error(`${name} has no events: cannot map an integration event that refers to it`);
      this.remember(name, first);
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

  private remember(name: string, first: RecordedEvent): void {
    this.recent.set(name, first);
    if (this.recent.size >= this.capacity / 2) {
      this.older = this.recent;
      this.recent = new Map();
    }
  }
}
