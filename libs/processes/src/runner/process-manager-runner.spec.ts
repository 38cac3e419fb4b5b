import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  AggregateCache,
  type Decider,
  type EventStore,
  handleCommand,
  InMemoryCheckpointStore,
  InMemoryEventStore,
  type RecordedEvent,
  SqliteEventStore,
  StartupGate,
} from '@khai/event-sourcing';
import { testEnvelope } from '@khai/testing';

import { commandContextFor, type Handling, type ProcessManager } from './process-manager';
import { ProcessManagerRunner } from './process-manager-runner';
import { SentCommands } from './sent-commands';

class Recorder implements ProcessManager {
  readonly handles: ReadonlySet<string>;
  readonly seen: number[] = [];
  failOn: number | undefined;

  constructor(
    readonly name = 'recorder',
    types: readonly string[] = ['ShipmentPlanned'],
  ) {
    this.handles = new Set(types);
  }

  async handle(event: RecordedEvent): Promise<void> {
    if (event.position === this.failOn) throw new Error(`cannot handle ${event.position}`);
    this.seen.push(event.position);
  }
}

async function appendMany(store: EventStore, types: string[]): Promise<void> {
  for (const [i, type] of types.entries())
    await store.append(`shipment-${i}-${type}`, [testEnvelope(type, { i })], 'any');
}

describe('process manager runner', () => {
  it('handles each event of its types once, and resumes after a restart from the saved checkpoint', async () => {
    const store = new InMemoryEventStore();
    const checkpoints = new InMemoryCheckpointStore();
    await appendMany(store, ['ShipmentPlanned', 'Other', 'ShipmentPlanned']);
    const first = new Recorder();
    const runner = new ProcessManagerRunner(store, checkpoints, [first]);
    await runner.onApplicationBootstrap();
    await runner.waitFor(3);
    await runner.onApplicationShutdown();
    expect(first.seen).toEqual([1, 3]);
    expect(await checkpoints.load('recorder')).toBe(3);

    await appendMany(store, ['Other', 'ShipmentPlanned']);
    const second = new Recorder();
    const restarted = new ProcessManagerRunner(store, checkpoints, [second]);
    await restarted.onApplicationBootstrap();
    await restarted.waitFor(5);
    expect(second.seen).toEqual([5]);
    expect((await restarted.status())[0]).toMatchObject({ checkpoint: 5, head: 5, lag: 0, failed: null });
    await restarted.onApplicationShutdown();
  });

  it('stops on a failing handler, says why, and tries the event again on the next start', async () => {
    const store = new InMemoryEventStore();
    const checkpoints = new InMemoryCheckpointStore();
    await appendMany(store, ['ShipmentPlanned', 'ShipmentPlanned', 'ShipmentPlanned']);
    const failing = new Recorder();
    failing.failOn = 2;
    const runner = new ProcessManagerRunner(store, checkpoints, [failing]);
    await runner.onApplicationBootstrap();
    await expect(runner.waitFor(3, 200)).rejects.toThrow('did not reach 3');
    expect((await runner.status())[0]).toMatchObject({ checkpoint: 1, failed: 'cannot handle 2' });
    await runner.onApplicationShutdown();

    const healed = new Recorder();
    const again = new ProcessManagerRunner(store, checkpoints, [healed]);
    await again.onApplicationBootstrap();
    await again.waitFor(3);
    expect(healed.seen).toEqual([2, 3]);
    await again.onApplicationShutdown();
  });

  it('reads the log once for every process manager, each from its own checkpoint, and one failing stops only itself', async () => {
    const store = new InMemoryEventStore();
    const checkpoints = new InMemoryCheckpointStore();
    await appendMany(store, ['ShipmentPlanned', 'Other', 'ShipmentPlanned', 'Other', 'ShipmentPlanned']);
    await checkpoints.save('behind', 0);
    await checkpoints.save('ahead', 3);
    const behind = new Recorder('behind', ['ShipmentPlanned', 'Other']);
    const ahead = new Recorder('ahead', ['ShipmentPlanned', 'Other']);
    const failing = new Recorder('failing', ['Other']);
    failing.failOn = 2;
    const subscribe = jest.spyOn(store, 'subscribeToAll');
    const runner = new ProcessManagerRunner(store, checkpoints, [behind, ahead, failing]);
    await runner.onApplicationBootstrap();
    await expect(runner.waitFor(5, 200)).rejects.toThrow('did not reach 5');
    await runner.onApplicationShutdown();

    expect(subscribe).toHaveBeenCalledTimes(1);
    expect(subscribe.mock.calls[0]?.[1]).toMatchObject({ eventTypes: new Set(['ShipmentPlanned', 'Other']) });
    expect(behind.seen).toEqual([1, 2, 3, 4, 5]);
    expect(ahead.seen).toEqual([4, 5]);
    expect(failing.seen).toEqual([]);
    expect(await runner.status()).toEqual([
      expect.objectContaining({ name: 'behind', checkpoint: 5, failed: null }),
      expect.objectContaining({ name: 'ahead', checkpoint: 5, failed: null }),
      expect.objectContaining({ name: 'failing', checkpoint: 1, failed: 'cannot handle 2' }),
    ]);
    expect(await checkpoints.load('failing')).toBe(1);
  });
});

/** A turn or two of the event loop, varied, so that handlings started together finish in another order. */
const aWhile = (n: number): Promise<void> =>
  new Promise((resolve) => (n % 2 === 0 ? setImmediate(resolve) : setTimeout(resolve, n % 3)));

/** Handles `Caused` events by their `key`, recording when each handling starts and ends. */
class KeyedRecorder implements ProcessManager {
  readonly name = 'keyed';
  readonly handles = new Set(['Caused']);
  readonly started: Array<{ key: string; position: number }> = [];
  readonly running = new Set<string>();
  overlapsWithinKey = 0;
  mostAtOnce = 0;
  failOn: number | undefined;

  keyOf(event: RecordedEvent): string {
    return (event.data as { key: string }).key;
  }

  async handle(event: RecordedEvent): Promise<void> {
    const key = this.keyOf(event);
    if (this.running.has(key)) this.overlapsWithinKey += 1;
    this.running.add(key);
    this.mostAtOnce = Math.max(this.mostAtOnce, this.running.size);
    this.started.push({ key, position: event.position });
    await aWhile(event.position);
    this.running.delete(key);
    if (event.position === this.failOn) throw new Error(`cannot handle ${event.position}`);
  }
}

async function appendCauses(store: EventStore, count: number, keys: number): Promise<void> {
  for (let i = 0; i < count; i++)
    await store.append(`cause-${i}`, [testEnvelope('Caused', { key: `k${i % keys}`, n: i })], 'no_stream');
}

describe('process manager runner: only the types handled', () => {
  it.each([
    ['in memory', () => new InMemoryEventStore()],
    ['SQLite', () => new SqliteEventStore({ filename: ':memory:' })],
  ] as Array<[string, () => EventStore]>)(
    'moves the checkpoints past the events no process manager handles (%s)',
    async (_, create) => {
      const store = create();
      await appendMany(store, ['ShipmentPlanned', 'Other', 'Other', 'Other', 'Other', 'Other']);
      const checkpoints = new InMemoryCheckpointStore();
      const recorder = new Recorder();
      const runner = new ProcessManagerRunner(store, checkpoints, [recorder]);
      await runner.onApplicationBootstrap();
      await runner.waitFor(6);
      await runner.onApplicationShutdown();
      expect(recorder.seen).toEqual([1]);
      expect(await checkpoints.load('recorder')).toBe(6);
      await store.close();
    },
  );
});

describe('process manager runner: a backlog in lanes', () => {
  it('handles the events of one key in log order, one at a time, and different keys at the same time', async () => {
    const store = new InMemoryEventStore();
    await appendCauses(store, 60, 4);
    const keyed = new KeyedRecorder();
    const runner = new ProcessManagerRunner(store, new InMemoryCheckpointStore(), [keyed]);
    await runner.onApplicationBootstrap();
    await runner.waitFor(60);
    await runner.onApplicationShutdown();

    expect(keyed.started).toHaveLength(60);
    for (const key of ['k0', 'k1', 'k2', 'k3']) {
      const positions = keyed.started.filter((s) => s.key === key).map((s) => s.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(positions).toHaveLength(15);
    }
    expect(keyed.overlapsWithinKey).toBe(0);
    expect(keyed.mostAtOnce).toBe(4);
  });

  it('keeps the checkpoint before the first handling not finished, and saves the process managers together', async () => {
    const store = new InMemoryEventStore();
    await appendCauses(store, 12, 3);
    const checkpoints = new InMemoryCheckpointStore();
    const saveAll = jest.spyOn(checkpoints, 'saveAll');
    const save = jest.spyOn(checkpoints, 'save');
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // Event 2 (key k1) is held until released: events 3..12 of the other keys and k1's own after it wait or finish.
    const holding = new KeyedRecorder();
    const handle = holding.handle.bind(holding);
    holding.handle = async (event) => {
      if (event.position === 2) await held;
      await handle(event);
    };
    const other = new Recorder('other', ['Caused']);
    const runner = new ProcessManagerRunner(store, checkpoints, [holding, other]);
    await runner.onApplicationBootstrap();
    await runner.reach('other', 12, 1000);
    await new Promise((resolve) => setTimeout(resolve, 60));
    const [holdingStatus, otherStatus] = await runner.status();
    expect(holdingStatus).toMatchObject({ checkpoint: 1, failed: null });
    expect(otherStatus).toMatchObject({ checkpoint: 12 });
    // k0 and k2 went on past the held event; k1's next (5, 8, 11) waited behind it.
    expect(holding.started.map((s) => s.position)).toEqual(expect.arrayContaining([3, 4, 6, 7, 9, 10, 12]));
    expect(holding.started.map((s) => s.position)).not.toEqual(expect.arrayContaining([5]));
    expect(await checkpoints.load('keyed')).toBe(1);
    expect(await checkpoints.load('other')).toBe(12);

    release();
    await runner.waitFor(12);
    await runner.onApplicationShutdown();
    expect(await checkpoints.load('keyed')).toBe(12);
    expect(save).not.toHaveBeenCalled();
    expect(saveAll.mock.calls[0]?.[0]).toEqual(
      new Map([
        ['keyed', 1],
        ['other', 12],
      ]),
    );
  });

  it('stops a process manager whose handling fails: what waits in its lanes is not started, and the next start repeats the rest', async () => {
    const store = new InMemoryEventStore();
    await appendCauses(store, 30, 3);
    const checkpoints = new InMemoryCheckpointStore();
    const failing = new KeyedRecorder();
    failing.failOn = 7; // key k0
    const runner = new ProcessManagerRunner(store, checkpoints, [failing]);
    await runner.onApplicationBootstrap();
    await expect(runner.waitFor(30, 300)).rejects.toThrow('did not reach 30');
    await runner.onApplicationShutdown();
    expect((await runner.status())[0]).toMatchObject({ checkpoint: 6, failed: 'cannot handle 7' });
    expect(await checkpoints.load('keyed')).toBe(6);
    const k0 = failing.started.filter((s) => s.key === 'k0').map((s) => s.position);
    expect(k0).toEqual([1, 4, 7]); // nothing of k0 after the failure

    const healed = new KeyedRecorder();
    const again = new ProcessManagerRunner(store, checkpoints, [healed]);
    await again.onApplicationBootstrap();
    await again.waitFor(30);
    await again.onApplicationShutdown();
    expect(healed.started.map((s) => s.position).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 24 }, (_, i) => i + 7),
    );
  });
});

/** A command per cause, entered on its key's stream: the kind of command a process manager sends. */
interface Entry {
  readonly type: 'Entered';
  readonly data: { readonly n: number };
}
const ledger: Decider<{ n: number }, Entry, number> = {
  decide: (command) => [{ type: 'Entered', data: { n: command.n } }],
  evolve: (entries) => entries + 1,
  initialState: 0,
};

class Enterer implements ProcessManager {
  readonly handles = new Set(['Caused']);
  failOn: number | undefined;
  keyOf?: (event: RecordedEvent) => string;
  /** Handlings that found their command sent, and passed over it. */
  passed = 0;

  constructor(
    private readonly store: EventStore,
    private readonly cache: AggregateCache,
    readonly name = 'enterer',
  ) {}

  async handle(event: RecordedEvent, handling: Handling): Promise<void> {
    if (event.position === this.failOn) throw new Error(`cannot enter ${event.position}`);
    if (handling.sent('enter')) {
      this.passed += 1;
      return;
    }
    const { key, n } = event.data as { key: string; n: number };
    await handleCommand(this.store, `account-${key}`, ledger, { n }, commandContextFor(this.name, event, 'enter'), {
      cache: this.cache,
    });
  }
}

describe('process manager runner behind the start-up gate', () => {
  it('starts once what holds the gate is done (a snapshot restored), and not at all if shut down first', async () => {
    const store = new InMemoryEventStore();
    await appendMany(store, ['ShipmentPlanned', 'ShipmentPlanned']);
    let restored = (): void => undefined;
    const gate = new StartupGate();
    gate.hold(new Promise<void>((resolve) => (restored = resolve)));
    const recorder = new Recorder();
    const runner = new ProcessManagerRunner(store, new InMemoryCheckpointStore(), [recorder], gate);
    await runner.onApplicationBootstrap(); // answers at once: the app listens meanwhile
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(recorder.seen).toEqual([]);
    restored();
    await runner.waitFor(2);
    expect(recorder.seen).toEqual([1, 2]);
    await runner.onApplicationShutdown();

    const held = new StartupGate();
    held.hold(new Promise<void>((resolve) => (restored = resolve)));
    const never = new Recorder();
    const stopped = new ProcessManagerRunner(store, new InMemoryCheckpointStore(), [never], held);
    await stopped.onApplicationBootstrap();
    const shutdown = stopped.onApplicationShutdown();
    restored();
    await shutdown;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(never.seen).toEqual([]);
  });
});

describe('process manager runner: sharing the thread', () => {
  it('gives the event loop turns while it catches up on handlings that never wait for I/O', async () => {
    const store = new InMemoryEventStore();
    await appendCauses(store, 300, 10);
    // Commands found written: the handling runs on microtasks alone, 0.2 ms of work each (60 ms in all, one page).
    const busy: ProcessManager = {
      name: 'busy',
      handles: new Set(['Caused']),
      keyOf: (event) => (event.data as { key: string }).key,
      handle: async () => {
        const until = performance.now() + 0.2;
        while (performance.now() < until);
      },
    };
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns += 1;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const runner = new ProcessManagerRunner(store, new InMemoryCheckpointStore(), [busy]);
    await runner.onApplicationBootstrap();
    const before = turns;
    await runner.waitFor(300);
    const during = turns - before;
    ticking = false;
    await runner.onApplicationShutdown();
    // Yielding only between pages of 1,000 events, the loop would have had no turn until the page was done.
    expect(during).toBeGreaterThanOrEqual(5);
  });
});

describe('process manager runner on the SQLite store', () => {
  const open = (filename: string, syncs: { count: number }): SqliteEventStore =>
    new SqliteEventStore({
      filename,
      syncOn: 'pool',
      syncWal: async () => {
        syncs.count += 1;
      },
    });

  it("commits and syncs a backlog's commands in batches, not one each", async () => {
    const file = (): string => join(mkdtempSync(join(tmpdir(), 'khai-pm-')), 'events.sqlite');
    const catchUp = async (keyed: boolean): Promise<{ syncs: number; appended: number }> => {
      const syncs = { count: 0 };
      const store = open(file(), syncs);
      await appendCauses(store, 400, 40);
      const before = { head: await store.headPosition(), syncs: syncs.count };
      const enterer = new Enterer(store, new AggregateCache());
      if (keyed) enterer.keyOf = (event) => (event.data as { key: string }).key;
      const runner = new ProcessManagerRunner(store, new InMemoryCheckpointStore(), [enterer]);
      await runner.onApplicationBootstrap();
      await runner.waitFor(400);
      await runner.onApplicationShutdown();
      const result = { syncs: syncs.count - before.syncs, appended: (await store.headPosition()) - before.head };
      await store.close();
      return result;
    };
    const oneByOne = await catchUp(false);
    const inLanes = await catchUp(true);
    expect(oneByOne.appended).toBe(400);
    expect(inLanes.appended).toBe(400);
    // In order, one command at a time: a commit and a sync each. In 40 lanes: 40 commands to a commit.
    expect(oneByOne.syncs).toBeGreaterThan(300);
    expect(inLanes.syncs).toBeLessThan(40);
  });

  it('appends each command once across a failure and a restart', async () => {
    const filename = join(mkdtempSync(join(tmpdir(), 'khai-pm-')), 'events.sqlite');
    const syncs = { count: 0 };
    const store = open(filename, syncs);
    await appendCauses(store, 300, 30);
    const checkpoints = new InMemoryCheckpointStore();
    const keyOf = (event: RecordedEvent): string => (event.data as { key: string }).key;
    const failing = new Enterer(store, new AggregateCache());
    failing.keyOf = keyOf;
    failing.failOn = 150;
    const runner = new ProcessManagerRunner(store, checkpoints, [failing]);
    await runner.onApplicationBootstrap();
    await expect(runner.waitFor(300, 300)).rejects.toThrow('did not reach 300');
    await runner.onApplicationShutdown();
    const saved = (await checkpoints.load('enterer')) ?? 0;
    expect(saved).toBeLessThan(150);

    // A fresh cache, as after a restart: the repeated events find their commands written by their keys.
    const healed = new Enterer(store, new AggregateCache());
    healed.keyOf = keyOf;
    const again = new ProcessManagerRunner(store, checkpoints, [healed]);
    await again.onApplicationBootstrap();
    await again.waitFor(300);
    await again.onApplicationShutdown();
    const entries = (await store.readAll({ after: 300, maxCount: 10_000 })).filter((e) => e.type === 'Entered');
    const causes = entries.map((e) => e.metadata.causationId);
    expect(entries).toHaveLength(300);
    expect(new Set(causes).size).toBe(300);
    await store.close();
  });

  it('passes over the commands the log shows sent when it catches up on the log again, and sends the others', async () => {
    const filename = join(mkdtempSync(join(tmpdir(), 'khai-pm-')), 'events.sqlite');
    const store = open(filename, { count: 0 });
    await appendCauses(store, 300, 30);
    const keyOf = (event: RecordedEvent): string => (event.data as { key: string }).key;
    const first = new Enterer(store, new AggregateCache());
    first.keyOf = keyOf;
    first.failOn = 150;
    const runner = new ProcessManagerRunner(store, new InMemoryCheckpointStore(), [first]);
    await runner.onApplicationBootstrap();
    await expect(runner.waitFor(300, 300)).rejects.toThrow('did not reach 300');
    await runner.onApplicationShutdown();
    const entered = async () =>
      (await store.readAll({ after: 300, maxCount: 10_000 })).filter((e) => e.type === 'Entered');
    const before = (await entered()).length;
    expect(before).toBeGreaterThan(100);
    expect(before).toBeLessThan(300);

    // Its checkpoint lost: from the start of the log again, with a fresh cache.
    const again = new Enterer(store, new AggregateCache());
    again.keyOf = keyOf;
    const restarted = new ProcessManagerRunner(store, new InMemoryCheckpointStore(), [again]);
    await restarted.onApplicationBootstrap();
    await restarted.waitFor(300);
    await restarted.onApplicationShutdown();
    expect(again.passed).toBe(before);
    const entries = await entered();
    expect(entries).toHaveLength(300);
    expect(new Set(entries.map((e) => e.metadata.causationId)).size).toBe(300);
    await store.close();
  });
});

describe('commands found sent (SentCommands)', () => {
  const key = (n: number): string => `p:cause-${n}:step`;
  /** Positions 1..40: a cause at every odd position, its command (actor `process:p`) at the even one after it. */
  async function log(): Promise<InMemoryEventStore> {
    const store = new InMemoryEventStore();
    for (let n = 1; n <= 20; n++) {
      await store.append(`cause-${n}`, [testEnvelope('Caused', { n })], 'any');
      const command = testEnvelope('Entered', { n });
      const metadata = { ...command.metadata, actor: 'process:p', idempotencyKey: key(n) };
      await store.append(`account-${n}`, [{ ...command, metadata }], 'any');
    }
    return store;
  }

  it('knows the keys a little ahead of the pass, found in chunks, and forgets those of finished handlings', async () => {
    const store = await log();
    const scans: [number, number][] = [];
    const scan = store.idempotencyKeys.bind(store);
    store.idempotencyKeys = (actors, after, upTo) => {
      scans.push([after, upTo]);
      return scan(actors, after, upTo);
    };
    const sent = await SentCommands.of(store, new Set(['process:p']), 0, { ahead: 8, chunk: 4 });
    if (!sent) throw new Error('the in-memory store finds keys');
    await sent.reach(1, () => 0);
    expect(scans).toEqual([
      [0, 4],
      [4, 8],
      [8, 9],
    ]);
    expect([1, 2, 3, 4, 5].map((n) => sent.has(key(n)))).toEqual([true, true, true, true, false]);
    await sent.reach(3, () => 0); // scanned to 9: nothing to scan before the pass is within ahead / 2 of it
    expect(scans).toHaveLength(3);
    await sent.reach(6, () => 4); // cause 1 (1) and its command (2) handled, and cause 2's (3, 4)
    expect(scans.slice(3)).toEqual([
      [9, 13],
      [13, 14],
    ]);
    expect([1, 2, 3, 7].map((n) => sent.has(key(n)))).toEqual([false, false, true, true]);
    expect(sent.has('p:cause-7:other-step')).toBe(false);
  });

  it('scans the backlog the process managers start with, not what is appended after', async () => {
    const store = await log();
    const sent = await SentCommands.of(store, new Set(['process:p']), 30, { ahead: 100, chunk: 100 });
    const late = testEnvelope('Entered', { n: 21 });
    await store.append(
      'account-21',
      [{ ...late, metadata: { ...late.metadata, actor: 'process:p', idempotencyKey: key(21) } }],
      'any',
    );
    await sent?.reach(31, () => 30);
    expect([15, 16, 20, 21].map((n) => sent?.has(key(n)))).toEqual([false, true, true, false]);
  });

  it('finds nothing of another actor, nor in a store that cannot tell', async () => {
    const store = await log();
    const other = await SentCommands.of(store, new Set(['process:q']), 0);
    await other?.reach(1, () => 0);
    expect(other?.has(key(1))).toBe(false);
    const cannotTell = Object.assign(new InMemoryEventStore(), { idempotencyKeys: undefined });
    expect(await SentCommands.of(cannotTell, new Set(['process:p']), 0)).toBeUndefined();
  });
});
