import { CoalescedWrites } from './coalesced-writes';

/** Kafka offsets, as the consumer sets them: the newest of each partition. */
interface Offset {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/** A clock the test moves, and a writer that records every write (and can be made to hold or refuse one). */
function setup(intervalMs: number) {
  let now = 10_000;
  const written: Offset[][] = [];
  const timerErrors: unknown[] = [];
  let hold: Promise<void> | undefined;
  let refuse = false;
  const writes = new CoalescedWrites<Offset>({
    write: async (offsets) => {
      written.push(offsets.map((o) => ({ ...o })));
      if (hold) await hold;
      if (refuse) throw new Error('REBALANCE_IN_PROGRESS');
    },
    intervalMs,
    onTimerError: (error) => timerErrors.push(error),
    now: () => now,
  });
  return {
    writes,
    written,
    timerErrors,
    set: (offset: Offset) => writes.set(`${offset.partition}\u0000${offset.topic}`, offset),
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

const at = (partition: number, offset: number, topic = 'buyers.orders.v1'): Offset => ({
  topic,
  partition,
  offset: String(offset),
});

const byPartition = (offsets: Offset[]) => [...offsets].sort((a, b) => a.partition - b.partition);
const turn = () => new Promise((r) => setImmediate(r));

describe('CoalescedWrites', () => {
  afterEach(() => jest.useRealTimers());

  it('with no interval, writes whatever is new every time', async () => {
    const { writes, written, set } = setup(0);
    set(at(0, 10));
    await writes.flushIfDue();
    await writes.flushIfDue(); // nothing new: no write
    set(at(0, 20));
    await writes.flushIfDue();
    expect(written).toEqual([[at(0, 10)], [at(0, 20)]]);
  });

  it('writes the keys of many changes together, once the interval has passed', async () => {
    jest.useFakeTimers();
    const { writes, written, set, tick } = setup(1000);
    set(at(0, 10));
    await writes.flushIfDue();
    tick(400);
    set(at(1, 5));
    set(at(0, 30));
    await writes.flushIfDue();
    set(at(2, 7));
    await writes.flushIfDue();
    expect(written).toHaveLength(1);
    tick(600);
    await writes.flushIfDue();
    // Only what changed since the last write, each key at its newest value.
    expect(written.map(byPartition)).toEqual([[at(0, 10)], [at(0, 30), at(1, 5), at(2, 7)]]);
  });

  it('has a timer write what an idle writer set, once the interval has passed; never with nothing new', async () => {
    jest.useFakeTimers();
    const { writes, written, set, tick } = setup(1000);
    set(at(0, 10));
    await writes.flushIfDue();
    tick(300);
    set(at(0, 20));
    await writes.flushIfDue(); // not due: armed for the 700 ms left
    tick(700);
    await jest.advanceTimersByTimeAsync(700);
    expect(written).toEqual([[at(0, 10)], [at(0, 20)]]);
    tick(60_000);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(written).toHaveLength(2);
  });

  it('writes one after another, each with the values newest when it goes: a slow write never overwrites a newer one', async () => {
    const { writes, written, set, holdNext } = setup(0);
    set(at(0, 10));
    const release = holdNext();
    const first = writes.flush();
    await turn();
    set(at(0, 20));
    const second = writes.flush();
    await turn();
    expect(written).toEqual([[at(0, 10)]]); // the second waits for the first
    release();
    await Promise.all([first, second]);
    expect(written).toEqual([[at(0, 10)], [at(0, 20)]]);
  });

  it('keeps a refused write pending, and the next one carries it; a timed one reports its failure', async () => {
    jest.useFakeTimers();
    const { writes, written, set, refuse, tick, timerErrors } = setup(1000);
    set(at(0, 10));
    refuse(true);
    await expect(writes.flushIfDue()).rejects.toThrow('REBALANCE_IN_PROGRESS');
    set(at(1, 3));
    // A refused write does not count as one: still due, and refused again.
    await expect(writes.flushIfDue()).rejects.toThrow('REBALANCE_IN_PROGRESS');
    expect(timerErrors).toEqual([]);
    refuse(false);
    await writes.flush();
    expect(byPartition(written.at(-1) ?? [])).toEqual([at(0, 10), at(1, 3)]);
    refuse(true);
    set(at(1, 4));
    await writes.flushIfDue(); // written just now: armed
    tick(1000);
    await jest.advanceTimersByTimeAsync(1000);
    expect(timerErrors).toHaveLength(1);
  });

  it('drops, unwritten, the values it is told not to keep (partitions the group gave another consumer)', async () => {
    const { writes, written, set } = setup(0);
    set(at(0, 10));
    set(at(1, 10));
    set(at(0, 4, 'suppliers.invoices.v1'));
    writes.retain((o) => o.topic === 'buyers.orders.v1' && [1, 2].includes(o.partition));
    await writes.flush();
    expect(written).toEqual([[at(1, 10)]]);
  });

  it('stops its timer: what is set stays for the last flush', async () => {
    jest.useFakeTimers();
    const { writes, written, set, tick } = setup(1000);
    set(at(0, 10));
    await writes.flushIfDue();
    set(at(0, 11));
    await writes.flushIfDue();
    writes.stopTimer();
    tick(5000);
    await jest.advanceTimersByTimeAsync(5000);
    expect(written).toEqual([[at(0, 10)]]);
    await writes.flush();
    expect(written).toEqual([[at(0, 10)], [at(0, 11)]]);
  });
});
