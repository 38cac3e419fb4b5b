export interface CoalescedWritesOptions<T> {
  /** Writes the values set since the last write (the newest of each key); rejects if it fails. */
  readonly write: (values: T[]) => Promise<void>;
  /** At most one write this often (0: a write whenever there is something new). */
  readonly intervalMs: number;
  /** What a write that the idle timer made failed with (nobody else awaits it). */
  readonly onTimerError: (error: unknown) => void;
  readonly now?: () => number;
}

/**
 * The newest value of each key, written together and at most every
 * `intervalMs` instead of on every change: Kafka offsets after each fetched
 * batch, the relay's checkpoint after each publish. A value is `set` only once
 * what it stands for is durable (the effects of the messages before the
 * offset, the publish the checkpoint follows), so a write never runs ahead of
 * it; what was set since the last write is written again after a crash, and
 * answered downstream (the inbox, partners deduping by `message-id`). Writes
 * run one after another, each with the values newest when it goes, so a slow
 * write never overwrites a newer one. Something set and not yet due is written
 * by a timer once it is, so an idle writer does not hold it back.
 */
export class CoalescedWrites<T> {
  private readonly latest = new Map<string, T>();
  private readonly written = new Map<string, T>();
  private lastWrite = 0;
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private readonly now: () => number;

  constructor(private readonly options: CoalescedWritesOptions<T>) {
    this.now = options.now ?? Date.now;
  }

  /** `value` is now the one to write for `key`. */
  set(key: string, value: T): void {
    this.latest.set(key, value);
  }

  /** Writes what was set if a write is due, else has the timer write it once it is. */
  async flushIfDue(): Promise<void> {
    if (this.unwritten().length === 0) return;
    const wait = this.lastWrite + this.options.intervalMs - this.now();
    if (wait <= 0) return this.flush();
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(this.options.onTimerError);
    }, wait);
    this.timer.unref();
  }

  /** Writes what was set and not written yet, after any write already on its way. */
  flush(): Promise<void> {
    const next = this.chain.catch(() => undefined).then(() => this.send());
    this.chain = next;
    return next;
  }

  /** Drops, unwritten, the values `keep` refuses (the partitions the group gave another consumer). */
  retain(keep: (value: T) => boolean): void {
    for (const [key, value] of this.latest) {
      if (!keep(value)) {
        this.latest.delete(key);
        this.written.delete(key);
      }
    }
  }

  /** No more timed writes; what is set stays for a last `flush`. */
  stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private unwritten(): Array<[key: string, value: T]> {
    return [...this.latest].filter(([key, value]) => this.written.get(key) !== value);
  }

  private async send(): Promise<void> {
    const entries = this.unwritten();
    if (entries.length === 0) return;
    await this.options.write(entries.map(([, value]) => value));
    for (const [key, value] of entries) this.written.set(key, value);
    this.lastWrite = this.now();
  }
}
