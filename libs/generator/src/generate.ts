import { performance } from 'node:perf_hooks';

import type { EventStore } from '@khai/event-sourcing';

import { isoOf } from './calendar';
import { Emitter, type StreamAppend } from './emitter';
import { type GeneratorOptions, type ResolvedOptions, resolveOptions } from './options';
import { planScenario, scenarioAppends } from './scenario';

export interface GenerateResult {
  /** First and last business day written (history before the start included). */
  readonly from: string;
  readonly to: string;
  readonly startDate: string;
  readonly events: number;
  readonly streams: number;
  readonly appends: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly elapsedMs: number;
}

/**
 * The whole scenario as appends in date order, with envelopes (deterministic ids and
 * metadata) and the expected revision of each stream. Nothing is written.
 */
export function* generateEvents(options: GeneratorOptions = {}, emitter?: Emitter): Generator<StreamAppend> {
  const resolved = resolveOptions(options);
  const scenario = planScenario(resolved);
  const emit = emitter ?? new Emitter(runKey(resolved), resolved.requestFingerprintKey);
  for (const planned of scenarioAppends(resolved, scenario)) {
    yield emit.emit(planned.streamName, planned.day, planned.events, planned.commands);
  }
}

function runKey(o: ResolvedOptions): string {
  return JSON.stringify([o.seed, o.years, o.members, o.buyers, o.suppliers, o.startDate, o.feedGramsPerHenDay]);
}

export interface GenerateCooperativeOptions extends GeneratorOptions {
  readonly store: EventStore;
  /** Events per batch of concurrent appends (a stream appears at most once per batch). Default 5,000. */
  readonly batchEvents?: number;
  /** Called after each batch. */
  readonly onProgress?: (progress: { events: number; day: string }) => void;
  /** Write into a store that already holds events (the ids of a second run with the same seed collide). */
  readonly allowNonEmptyStore?: boolean;
}

/**
 * Generates the cooperative's multi-year history into `store`. Appends go in
 * batches: the appends of a batch are issued together (the SQLite store commits them
 * in one transaction), a stream at most once per batch so that its expected
 * revisions hold whatever order the store applies them in.
 */
export async function generateCooperative(options: GenerateCooperativeOptions): Promise<GenerateResult> {
  const started = performance.now();
  const { store } = options;
  if (!options.allowNonEmptyStore && (await store.headPosition()) > 0) {
    throw new Error('the event store already holds events; generate into an empty store');
  }
  const resolved = resolveOptions(options);
  const emitter = new Emitter(runKey(resolved), resolved.requestFingerprintKey);
  const limit = options.batchEvents ?? 5_000;
  let batch: StreamAppend[] = [];
  let inBatch = new Set<string>();
  let batchEvents = 0;
  let appends = 0;
  let from: string | null = null;
  let lastDay = '';

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await Promise.all(batch.map((a) => store.append(a.streamName, a.events, a.expectedRevision)));
    appends += batch.length;
    options.onProgress?.({ events: emitter.events(), day: lastDay });
    batch = [];
    inBatch = new Set();
    batchEvents = 0;
  };

  for (const append of generateEvents(resolved, emitter)) {
    if (inBatch.has(append.streamName) || batchEvents >= limit) await flush();
    batch.push(append);
    inBatch.add(append.streamName);
    batchEvents += append.events.length;
    lastDay = append.events[0]?.metadata.occurredAt.slice(0, 10) ?? lastDay;
    from ??= lastDay;
  }
  await flush();
  return {
    from: from ?? resolved.startDate,
    to: isoOf(resolved.endDay),
    startDate: resolved.startDate,
    events: emitter.events(),
    streams: emitter.streams(),
    appends,
    byType: emitter.countsByType(),
    elapsedMs: Math.round(performance.now() - started),
  };
}
