import { type EventStore, takeTurn } from '@khai/event-sourcing';

/** How far past the pass the log is scanned for keys: a command is written soon after the event that caused it. */
const AHEAD = 65_536;
/** Positions scanned at a time, a turn of the event loop between: a scan this long takes a few milliseconds. */
const CHUNK = 8_192;

/**
 * The commands the process managers sent before, found in the log ahead of their pass by their idempotency keys
 * (`EventStore.idempotencyKeys`, of the process managers' actors): a process manager catching up on a log it has
 * handled before — its checkpoint lost or reset, a backup restored, generated years — asks `has` and passes over a
 * command found, instead of sending it to be found a repeat by its use case (fingerprinted, its stream loaded). Five
 * generated years hold a million such commands; sent again, they were nineteen in twenty parts of a catch-up.
 *
 * Only the backlog the process managers start with (up to the head at their start) is scanned, and only up to
 * `AHEAD` positions past the pass, the keys of commands every handling before `done` forgotten: memory is bounded by
 * how far the handlings lag behind the pass. A command written further past its cause (a process stopped for a while
 * when it was sent) is not found, and is sent again: answered as a repeat, as without this.
 */
export class SentCommands {
  /** Key → position of its first event, in log order. */
  private readonly keys = new Map<string, number>();

  private constructor(
    private readonly scan: NonNullable<EventStore['idempotencyKeys']>,
    private readonly actors: ReadonlySet<string>,
    private scannedTo: number,
    private readonly until: number,
    private readonly ahead: number,
    private readonly chunk: number,
  ) {}

  /**
   * For the backlog of `store` from `after` to its head, the commands of `actors`; undefined when the store cannot
   * tell (no `idempotencyKeys`). `ahead` and `chunk` (positions) are for tests.
   */
  static async of(
    store: EventStore,
    actors: ReadonlySet<string>,
    after: number,
    { ahead = AHEAD, chunk = CHUNK }: { readonly ahead?: number; readonly chunk?: number } = {},
  ): Promise<SentCommands | undefined> {
    if (!store.idempotencyKeys) return undefined;
    const scan = store.idempotencyKeys.bind(store);
    return new SentCommands(scan, actors, after, await store.headPosition(), ahead, chunk);
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /**
   * Scans ahead of the pass at `position`, when it has come near the end of what was scanned, and forgets the keys up
   * to `done()`: the commands of events every handling of which has finished.
   */
  async reach(position: number, done: () => number): Promise<void> {
    if (this.scannedTo >= this.until || this.scannedTo >= position + this.ahead / 2) return;
    const upTo = Math.min(this.until, position + this.ahead);
    while (this.scannedTo < upTo) {
      const to = Math.min(upTo, this.scannedTo + this.chunk);
      for (const { key, position: at } of await this.scan(this.actors, this.scannedTo, to)) {
        if (!this.keys.has(key)) this.keys.set(key, at);
      }
      this.scannedTo = to;
      await takeTurn();
    }
    // In log order: the first key past `done` ends the forgetting.
    const finished = done();
    for (const [key, at] of this.keys) {
      if (at > finished) break;
      this.keys.delete(key);
    }
  }
}
