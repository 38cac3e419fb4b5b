/** One partition's next offset to read, as Kafka's OffsetCommit takes it. */
export interface PartitionOffset {
  readonly topic: string;
  readonly partition: number;
  /** The offset after the last message whose effect is durable. */
  readonly offset: string;
}

/** What commits go through: kafkajs' `consumer.commitOffsets`. */
export type CommitOffsets = (offsets: PartitionOffset[]) => Promise<void>;

/**
 * A consumer's offsets, committed together and at most every `intervalMs`
 * rather than after every fetched batch. An offset is handed over (`resolve`)
 * only once the effects of the messages before it are durable, so a commit
 * never runs ahead of them; between commits, a restart reads the last messages
 * again, and the inbox answers them. Commits run one after another, each with
 * the newest offsets when it is sent, so a slow commit never overwrites a
 * newer one. `intervalMs` 0: a commit after every batch.
 */
export class OffsetCommits {
  private readonly resolved = new Map<string, PartitionOffset>();
  private readonly committed = new Map<string, string>();
  private lastCommit = 0;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly commitOffsets: CommitOffsets,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The effects of the messages before `offset` in this partition are durable. */
  resolve(next: PartitionOffset): void {
    this.resolved.set(`${next.partition}\u0000${next.topic}`, next);
  }

  /** Offsets resolved and not committed yet. */
  pending(): PartitionOffset[] {
    return this.unsent().map(([, p]) => p);
  }

  /** Whether a commit is due: something to commit, and the interval since the last one has passed. */
  due(): boolean {
    return this.now() - this.lastCommit >= this.intervalMs && this.unsent().length > 0;
  }

  /** Commits what is pending (after any commit already on its way); rejects if the commit fails. */
  commit(): Promise<void> {
    const next = this.chain.catch(() => undefined).then(() => this.send());
    this.chain = next;
    return next;
  }

  /**
   * The group gave this consumer `assignment` (topic → partitions): offsets of
   * partitions it no longer has are forgotten, not committed (the new owner
   * reads their last messages again, and its inbox answers them).
   */
  keepOnly(assignment: Readonly<Record<string, readonly number[]>>): void {
    for (const [key, p] of this.resolved) {
      if (!assignment[p.topic]?.includes(p.partition)) {
        this.resolved.delete(key);
        this.committed.delete(key);
      }
    }
  }

  private unsent(): Array<[key: string, offset: PartitionOffset]> {
    return [...this.resolved].filter(([key, p]) => this.committed.get(key) !== p.offset);
  }

  private async send(): Promise<void> {
    const unsent = this.unsent();
    if (unsent.length === 0) return;
    await this.commitOffsets(unsent.map(([, p]) => p));
    for (const [key, p] of unsent) this.committed.set(key, p.offset);
    this.lastCommit = this.now();
  }
}
