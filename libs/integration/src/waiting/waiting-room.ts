import { type InboxKey, inboxKeyString } from '../inbox/inbox-store.port';
import type { WaitingMessage, WaitingStore } from './waiting-store.port';

export interface WaitingOptions {
  /**
   * How long a message refused `*_not_found` waits for what it names, tried again with back-off, before it is
   * dead-lettered (ms from its arrival); 0 dead-letters it at once.
   */
  readonly boundMs: number;
  /** The first try again comes this long after the refusal; each next one twice as long after, up to `maxDelayMs`. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
  /** At most this many messages wait at once: past it, a refused message is dead-lettered at once. */
  readonly capacity: number;
  readonly now: () => number;
  /** A timer tries the messages when due (the platform); without it, whoever holds the room calls `tryDue` (tests). */
  readonly timer: boolean;
}

export const DEFAULT_WAITING_OPTIONS: WaitingOptions = {
  boundMs: 300_000,
  firstDelayMs: 200,
  maxDelayMs: 30_000,
  capacity: 10_000,
  now: Date.now,
  timer: true,
};

export const WAITING_OPTIONS = Symbol('WaitingOptions');

/**
 * The refusals a message waits out: what it names is not there, and a message on another topic may bring it —
 * `*_not_found`, and `delivery_not_of_contract` (an invoice that overtook the delivery notes it lists).
 */
export function waitsOut(code: string): boolean {
  return code.endsWith('_not_found') || code === 'delivery_not_of_contract';
}

/**
 * What trying a waiting message again came to: `done` (applied, or dead-lettered, and recorded in the inbox), or
 * refused again by a `*_not_found` it may still wait out (asked only while `mayWait`).
 */
export type RetryOutcome = 'done' | { readonly code: string; readonly reason: string };
export type Retry = (waiting: WaitingMessage, mayWait: boolean) => Promise<RetryOutcome>;

export interface WaitingStatus {
  readonly messages: number;
  /** The topics and keys that wait: a message of one of them waits behind the first, to keep their order. */
  readonly keys: number;
  /** The first 20 to be tried. */
  readonly next: readonly {
    readonly topic: string;
    readonly key: string | null;
    readonly messageId: string;
    readonly code: string | null;
    readonly attempts: number;
    readonly since: string;
    readonly nextAttemptAt: string;
  }[];
}

/**
 * Messages that wait for what they name, by topic and key: the first of a key is tried again when due, with
 * back-off, until it is applied or its time is up (then dead-lettered); the messages of its key that came after
 * wait behind it and are tried, in order, once it is done. Kept in a `WaitingStore` before the consumer moves
 * past them, loaded again at start.
 */
export class WaitingRoom {
  private readonly queues = new Map<string, WaitingMessage[]>();
  private readonly byKey = new Map<string, WaitingMessage>();
  private seq = 0;
  private loaded: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private timerDue = Infinity;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: WaitingStore,
    private readonly options: WaitingOptions,
    private readonly retry: Retry,
  ) {}

  /** Loads what waited before a restart (once), and arms the timer for it. */
  load(): Promise<void> {
    this.loaded ??= this.store.load().then((all) => {
      for (const w of all) this.add(w);
      this.seq = Math.max(this.seq, ...all.map((w) => w.seq + 1));
      this.arm();
    });
    return this.loaded;
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The message of this key, while it waits. */
  find(key: InboxKey): WaitingMessage | undefined {
    return this.byKey.get(inboxKeyString(key));
  }

  /** Whether a message of this topic and key waits: then a later one must wait behind it. */
  holds(topic: string, key: string | null): boolean {
    return this.queues.has(queueOf(topic, key));
  }

  /** Whether a message refused with this code may wait (else it is dead-lettered at once). */
  admits(code: string): boolean {
    return this.options.boundMs > 0 && waitsOut(code) && this.size < this.options.capacity;
  }

  get full(): boolean {
    return this.size >= this.options.capacity;
  }

  /**
   * Keeps a message durably, to be tried again: refused by `code` (first of its key, tried after the first
   * delay), or, with no code, behind the messages of its key that wait.
   */
  async park(
    w: Pick<WaitingMessage, 'messageId' | 'occurredAt' | 'message' | 'bodyHash'>,
    refused: { readonly code: string; readonly reason: string } | null,
  ): Promise<void> {
    const now = this.options.now();
    const parked: WaitingMessage = {
      ...w,
      seq: this.seq++,
      since: now,
      attempts: refused ? 1 : 0,
      dueAt: refused ? this.dueAfter(now, now, 1) : now,
      code: refused?.code ?? null,
      reason: refused?.reason ?? null,
    };
    await this.store.put(parked);
    this.add(parked);
    this.arm();
  }

  /**
   * Tries every message whose time has come: the first of each key, and after it is done the next ones of that
   * key at once. Calls after a run began join it (a run goes round again when asked during it).
   */
  async tryDue(): Promise<void> {
    await this.load();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        for (const queue of [...this.queues.values()]) {
          if (this.stopped) return;
          await this.tryQueue(queue);
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
      this.arm();
    });
    return this.running;
  }

  /** Stops the timer and waits for a run under way; what still waits stays in the store for the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  status(): WaitingStatus {
    const heads = [...this.queues.values()].map((q) => q[0]).filter((w) => w !== undefined);
    heads.sort((a, b) => a.dueAt - b.dueAt || a.seq - b.seq);
    return {
      messages: this.size,
      keys: this.queues.size,
      next: heads.slice(0, 20).map((w) => ({
        topic: w.message.topic,
        key: w.message.key,
        messageId: w.messageId,
        code: w.code,
        attempts: w.attempts,
        since: new Date(w.since).toISOString(),
        nextAttemptAt: new Date(w.dueAt).toISOString(),
      })),
    };
  }

  private async tryQueue(queue: WaitingMessage[]): Promise<void> {
    for (let head = queue[0]; head && head.dueAt <= this.options.now() && !this.stopped; head = queue[0]) {
      const now = this.options.now();
      try {
        const outcome = await this.retry(head, now < head.since + this.options.boundMs);
        if (outcome === 'done') {
          await this.store.remove(head);
          this.remove(head);
          continue;
        }
        const attempts = head.attempts + 1;
        const next = { ...head, attempts, dueAt: this.dueAfter(head.since, now, attempts), ...outcome };
        this.replace(head, next);
        await this.store.put(next);
      } catch {
        // Not now (the store or the broker is away): tried again after a back-off, however long that takes. The
        // message stays in the store meanwhile (a retry that was done answers `done` from the inbox next time).
        this.replace(head, { ...head, dueAt: now + this.delay(head.attempts) });
      }
      return;
    }
  }

  /** The next try after `attempts` tries: back-off from now, and one last try when the time is up. */
  private dueAfter(since: number, now: number, attempts: number): number {
    return Math.min(now + this.delay(attempts - 1), since + this.options.boundMs);
  }

  private delay(attempt: number): number {
    return Math.min(this.options.maxDelayMs, this.options.firstDelayMs * 2 ** Math.min(attempt, 30));
  }

  private replace(old: WaitingMessage, next: WaitingMessage): void {
    const queue = this.queues.get(queueOf(old.message.topic, old.message.key));
    const at = queue?.indexOf(old) ?? -1;
    if (queue && at >= 0) queue[at] = next;
    this.byKey.set(inboxKeyString(next), next);
  }

  private add(w: WaitingMessage): void {
    const id = queueOf(w.message.topic, w.message.key);
    const queue = this.queues.get(id);
    if (queue) queue.push(w);
    else this.queues.set(id, [w]);
    this.byKey.set(inboxKeyString(w), w);
  }

  private remove(w: WaitingMessage): void {
    const id = queueOf(w.message.topic, w.message.key);
    const queue = this.queues.get(id);
    const at = queue?.indexOf(w) ?? -1;
    if (queue && at >= 0) queue.splice(at, 1);
    if (queue?.length === 0) this.queues.delete(id);
    this.byKey.delete(inboxKeyString(w));
  }

  /** One timer, for the earliest head; none without `timer`. */
  private arm(): void {
    if (!this.options.timer || this.stopped) return;
    let due = Infinity;
    for (const queue of this.queues.values()) due = Math.min(due, queue[0]?.dueAt ?? Infinity);
    if (due === Infinity || (this.timer && due >= this.timerDue)) return;
    clearTimeout(this.timer);
    this.timerDue = due;
    const wait = Math.min(Math.max(0, due - this.options.now()), 2 ** 31 - 1);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerDue = Infinity;
      void this.tryDue().catch(() => undefined);
    }, wait);
    this.timer.unref();
  }
}

function queueOf(topic: string, key: string | null): string {
  return `${topic}\u0000${key ?? ''}`;
}
