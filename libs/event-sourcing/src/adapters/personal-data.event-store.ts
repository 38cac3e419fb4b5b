import type {
  AppendResult,
  EventEnvelope,
  EventHandler,
  EventStore,
  ExpectedRevision,
  KeyedPosition,
  PersonalDataVault,
  PersonalFields,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
} from '@khai/core';

/**
 * An event store whose events keep their personal fields sealed (crypto-shredding): every append seals the fields
 * `personal` names with the subject's key, whoever appends (a use case, the generator, a CLI). A stream read back
 * opens them — the deciders and the queries of one aggregate see the values, or `ERASED` — while `$all`
 * (`readAll`, subscriptions: the read models, process managers, the relay) is passed on sealed, so no read model
 * or snapshot ever holds a value an erasure could not reach.
 */
export class PersonalDataEventStore implements EventStore {
  readonly reportsRetries?: boolean;

  constructor(
    private readonly inner: EventStore,
    readonly vault: PersonalDataVault,
    private readonly personal: PersonalFields,
    /** Whether `close` closes the vault too (a CLI's store that opened it for itself). */
    private readonly ownsVault = false,
  ) {
    if (inner.reportsRetries !== undefined) this.reportsRetries = inner.reportsRetries;
  }

  /** An erasing event destroys its subject's key once it is appended (and kept: a refused append erases nothing). */
  async append(
    streamName: string,
    events: readonly EventEnvelope[],
    expectedRevision: ExpectedRevision,
  ): Promise<AppendResult> {
    const result = await this.inner.append(
      streamName,
      events.map((e) => this.seal(e)),
      expectedRevision,
    );
    this.eraseSubjectsOf(events);
    return result;
  }

  /**
   * An erasing event read back whose subject's key is still there (the process stopped between the append and
   * the key's destruction) destroys it first: the next command on the stream, a repeat of the erasure among them,
   * finishes it.
   */
  async readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readStream(streamName, options);
    this.eraseSubjectsOf(events);
    return events.map((e) => openPersonalFields(e, this.vault, this.personal));
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  subscribeToAll(handler: EventHandler, options?: SubscribeOptions): Subscription {
    return this.inner.subscribeToAll(handler, options);
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  async hasEvent(streamName: string, eventId: string): Promise<boolean> {
    return (await this.inner.hasEvent?.(streamName, eventId)) ?? false;
  }

  async idempotencyKeys(actors: ReadonlySet<string>, after: number, upTo: number): Promise<readonly KeyedPosition[]> {
    return (await this.inner.idempotencyKeys?.(actors, after, upTo)) ?? [];
  }

  answeringBeforeSync<T>(work: () => Promise<T>): Promise<T> {
    return this.inner.answeringBeforeSync ? this.inner.answeringBeforeSync(work) : work();
  }

  async synced(): Promise<void> {
    await this.inner.synced?.();
  }

  failure(): ReturnType<NonNullable<EventStore['failure']>> {
    return this.inner.failure?.();
  }

  async close(): Promise<void> {
    await this.inner.close();
    if (this.ownsVault) this.vault.close();
  }

  private eraseSubjectsOf(events: readonly EventEnvelope[]): void {
    for (const event of events) {
      const rule = this.personal[event.type];
      if (rule?.erases !== true) continue;
      const subject = String((event.data as Record<string, unknown>)[rule.subject]);
      if (!this.vault.isErased(subject)) this.vault.erase(subject);
    }
  }

  private seal(event: EventEnvelope): EventEnvelope {
    const rule = this.personal[event.type];
    if (rule === undefined) return event;
    const data = event.data as Record<string, unknown>;
    const subject = String(data[rule.subject]);
    const sealed: Record<string, unknown> = { ...data };
    for (const field of rule.fields) {
      const value = data[field];
      if (typeof value === 'string') sealed[field] = this.vault.seal(subject, value);
    }
    return { ...event, data: sealed };
  }
}

/** The event with its personal fields opened (`ERASED` where the subject's key is destroyed); others as they are. */
export function openPersonalFields<E extends EventEnvelope>(
  event: E,
  vault: PersonalDataVault,
  personal: PersonalFields,
): E {
  const rule = personal[event.type];
  if (rule === undefined) return event;
  const data = event.data as Record<string, unknown>;
  const subject = String(data[rule.subject]);
  const opened: Record<string, unknown> = { ...data };
  for (const field of rule.fields) {
    const value = data[field];
    if (typeof value === 'string') opened[field] = vault.open(subject, value);
  }
  return { ...event, data: opened };
}
