import { OffsetCommits, type PartitionOffset } from './offset-commits';

/** A clock the test moves, and a broker that records every commit (and can be made to hold or refuse one). */
function setup(intervalMs: number) {
  let now = 10_000;
  const sent: PartitionOffset[][] = [];
  let hold: Promise<void> | undefined;
  let refuse = false;
  const commits = new OffsetCommits(
    async (offsets) => {
      sent.push(offsets.map((o) => ({ ...o })));
      if (hold) await hold;
      if (refuse) throw new Error('REBALANCE_IN_PROGRESS');
    },
    intervalMs,
    () => now,
  );
  return {
    commits,
    sent,
    tick: (ms: number) => (now += ms),
    holdNext: () => {
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      return () => {
        hold = undefined;
        release();
      };
    },
    refuse: (yes: boolean) => (refuse = yes),
  };
}

const at = (partition: number, offset: number, topic = 'buyers.orders.v1'): PartitionOffset => ({
  topic,
  partition,
  offset: String(offset),
});

const byPartition = (offsets: PartitionOffset[]) => [...offsets].sort((a, b) => a.partition - b.partition);
const turn = () => new Promise((r) => setImmediate(r));

describe('OffsetCommits', () => {
  it('with no interval, is due after every batch', async () => {
    const { commits, sent } = setup(0);
    commits.resolve(at(0, 10));
    expect(commits.due()).toBe(true);
    await commits.commit();
    expect(commits.due()).toBe(false);
    commits.resolve(at(0, 20));
    expect(commits.due()).toBe(true);
    await commits.commit();
    expect(sent).toEqual([[at(0, 10)], [at(0, 20)]]);
  });

  it('commits the partitions of many batches together, once the interval has passed', async () => {
    const { commits, sent, tick } = setup(1000);
    await commits.commit(); // nothing yet: no request
    expect(sent).toEqual([]);
    commits.resolve(at(0, 10));
    await commits.commit();
    tick(400);
    commits.resolve(at(1, 5));
    commits.resolve(at(0, 30));
    commits.resolve(at(2, 7));
    expect(commits.due()).toBe(false);
    tick(600);
    expect(commits.due()).toBe(true);
    await commits.commit();
    // Only what changed since the last commit, each partition at its newest offset.
    expect(sent.map(byPartition)).toEqual([[at(0, 10)], [at(0, 30), at(1, 5), at(2, 7)]]);
    expect(commits.pending()).toEqual([]);
  });

  it('is not due with nothing new, however long it waits', () => {
    const { commits, tick } = setup(1000);
    tick(60_000);
    expect(commits.due()).toBe(false);
  });

  it('sends commits one after another, each with the offsets newest when it goes: a slow one never overwrites a newer one', async () => {
    const { commits, sent, holdNext } = setup(0);
    commits.resolve(at(0, 10));
    const release = holdNext();
    const first = commits.commit();
    await turn();
    commits.resolve(at(0, 20));
    const second = commits.commit();
    await turn();
    expect(sent).toEqual([[at(0, 10)]]); // the second waits for the first
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual([[at(0, 10)], [at(0, 20)]]);
  });

  it('keeps a refused commit pending, and the next one carries it', async () => {
    const { commits, sent, refuse } = setup(0);
    commits.resolve(at(0, 10));
    refuse(true);
    await expect(commits.commit()).rejects.toThrow('REBALANCE_IN_PROGRESS');
    expect(commits.pending()).toEqual([at(0, 10)]);
    refuse(false);
    commits.resolve(at(1, 3));
    await commits.commit();
    expect(byPartition(sent.at(-1) ?? [])).toEqual([at(0, 10), at(1, 3)]);
    expect(commits.pending()).toEqual([]);
  });

  it('forgets, and never commits, the offsets of partitions the group gave to another consumer', async () => {
    const { commits, sent } = setup(0);
    commits.resolve(at(0, 10));
    commits.resolve(at(1, 10));
    commits.resolve(at(0, 4, 'suppliers.invoices.v1'));
    commits.keepOnly({ 'buyers.orders.v1': [1, 2] });
    await commits.commit();
    expect(sent).toEqual([[at(1, 10)]]);
  });
});
