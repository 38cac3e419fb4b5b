import { InMemoryCheckpointStore, InMemoryEventStore, type RecordedEvent } from '@khai/event-sourcing';
import { testEnvelope } from '@khai/testing';

import type { ProcessManager } from './process-manager';
import { ProcessManagerRunner } from './process-manager-runner';

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

async function appendMany(store: InMemoryEventStore, types: string[]): Promise<void> {
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
