import { type EventStore, InMemoryEventStore, type RecordedEvent } from '@khai/event-sourcing';
import fc from 'fast-check';

import { InMemoryReadModelStore } from '../adapters/in-memory.read-model-store';
import type { ReadModelStore, StoredDocument } from '../read-model-store.port';
import { ProjectionBatch } from '../runner/batch';
import { ReadModelRunner } from '../runner/read-model-runner';
import { dumpEggsPerFarmDay, eggsPerFarmDay, envelope } from './eggs-per-farm-day.projection';
import { CrashingStore, fastPolling, settled } from './runner-harness';

export type Step =
  { kind: 'collect'; lot: number; farm: number; day: number; eggs: number } | { kind: 'void' | 'noise'; lot: number };

/** Logs of collections (lots reused, so repeats happen), voids (some of lots never collected) and unrelated events. */
export const logs = fc.array(
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('collect' as const),
        lot: fc.nat(11),
        farm: fc.nat(2),
        day: fc.nat(3),
        eggs: fc.integer({ min: 1, max: 900 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('void' as const), lot: fc.nat(11) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('noise' as const), lot: fc.nat(11) }) },
  ),
  { maxLength: 60 },
);

export async function appendSteps(events: EventStore, steps: readonly Step[], offset = 0): Promise<void> {
  for (const [i, step] of steps.entries()) {
    const n = offset + i;
    const lotId = `L${step.lot}`;
    const e =
      step.kind === 'collect'
        ? envelope(
            'EggsCollected',
            {
              lotId,
              memberId: `M${step.farm}`,
              farmId: `F${step.farm}`,
              collectedOn: `2026-11-0${step.day + 1}`,
              eggs: step.eggs,
            },
            `e${n}`,
          )
        : step.kind === 'void'
          ? envelope('CollectionVoided', { lotId, reason: 'counted twice' }, `e${n}`)
          : envelope('LotGraded', { lotId }, `e${n}`);
    await events.append(`lot-${step.lot}`, [e], 'any');
  }
}

type Dump = Record<string, StoredDocument[]>;

/** A clean rebuild of the whole log into a new in-memory store: the reference state. */
export async function cleanRebuild(steps: readonly Step[]): Promise<Dump> {
  const events = new InMemoryEventStore();
  await appendSteps(events, steps);
  const store = new InMemoryReadModelStore();
  await new ReadModelRunner(events, store, [eggsPerFarmDay], { batchEvents: 100_000 }).rebuild(eggsPerFarmDay.name);
  return dumpEggsPerFarmDay(store);
}

/** Appends the log in chunks, letting a live runner with small random batches catch up after each. */
export async function incremental(
  store: ReadModelStore,
  steps: readonly Step[],
  cuts: readonly number[],
  batchEvents: number,
): Promise<Dump> {
  const events = fastPolling(new InMemoryEventStore());
  const runner = new ReadModelRunner(events, store, [eggsPerFarmDay], { batchEvents, maxDelayMs: 0 });
  await runner.start();
  let from = 0;
  for (const to of [...cuts.map((c) => c % (steps.length + 1)).sort((a, b) => a - b), steps.length]) {
    await appendSteps(events, steps.slice(from, Math.max(from, to)), from);
    from = Math.max(from, to);
    await settled(runner, events);
  }
  await runner.stop();
  expect(await store.checkpoint(eggsPerFarmDay.name)).toBe(steps.length);
  return dumpEggsPerFarmDay(store);
}

/** Applies `events` again, as one batch, on top of a store that has already applied them. */
export async function applyAgain(
  store: ReadModelStore,
  events: readonly RecordedEvent[],
  checkpoint: number,
): Promise<void> {
  const batch = new ProjectionBatch(store, eggsPerFarmDay);
  await batch.applyAll(events.filter((e) => eggsPerFarmDay.handles.has(e.type)));
  await store.write(eggsPerFarmDay.name, checkpoint, batch.ops());
}

export interface CrashPlan {
  /** Which write of the run crashes (1 = the first). */
  readonly write: number;
  /** Whether that write landed before the crash. */
  readonly landed: boolean;
  readonly batchEvents: number;
}

export const crashPlans = fc.array(
  fc.record({
    write: fc.integer({ min: 1, max: 6 }),
    landed: fc.boolean(),
    batchEvents: fc.integer({ min: 1, max: 9 }),
  }),
  { maxLength: 4 },
);

/**
 * Runs the log through runners that crash as planned, each restarted from the
 * store's checkpoint with a different batch size, then one that runs to the end.
 */
export async function crashAndRestart(
  store: ReadModelStore,
  steps: readonly Step[],
  plans: readonly CrashPlan[],
  finalBatch: number,
): Promise<Dump> {
  const events = fastPolling(new InMemoryEventStore());
  await appendSteps(events, steps);
  for (const plan of plans) {
    const crashing = new CrashingStore(store, plan.write, plan.landed);
    const runner = new ReadModelRunner(events, crashing, [eggsPerFarmDay], {
      batchEvents: plan.batchEvents,
      maxDelayMs: 0,
    });
    await runner.start();
    await settled(runner, events).catch(() => undefined); // crashed or finished before the planned write
    await runner.stop();
  }
  const runner = new ReadModelRunner(events, store, [eggsPerFarmDay], { batchEvents: finalBatch, maxDelayMs: 0 });
  await runner.start();
  await settled(runner, events);
  await runner.stop();
  return dumpEggsPerFarmDay(store);
}
