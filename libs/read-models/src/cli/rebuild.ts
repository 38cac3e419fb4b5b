import type { EventStore } from '@khai/event-sourcing';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';

import type { DocumentProjection } from '../document-projection';
import type { ReadModelStore } from '../read-model-store.port';
import { ReadModelRunner, type ReadModelRunnerOptions, type RebuildResult } from '../runner/read-model-runner';

export interface RebuildCommandOptions {
  /** Draw a progress bar per read model on stderr (events done / head). */
  readonly progress: boolean;
  /** Only these projections; all by default. */
  readonly only?: readonly string[];
  readonly runner?: ReadModelRunnerOptions;
  /** Where the bars go; stderr by default, so stdout stays the report. */
  readonly stream?: NodeJS.WritableStream;
}

/**
 * The `rebuild` command: empties each read model and replays the whole log
 * into it, one projection after the other. The app's CLI opens the stores from
 * its configuration and calls this; the stores stay open (the caller closes them).
 */
export async function rebuildReadModels(
  events: EventStore,
  readModels: ReadModelStore,
  projections: readonly DocumentProjection[],
  options: RebuildCommandOptions,
): Promise<RebuildResult[]> {
  const unknown = (options.only ?? []).filter((name) => !projections.some((p) => p.name === name));
  if (unknown.length > 0) throw new Error(`no read model named ${unknown.join(', ')}`);
  const chosen = projections.filter((p) => options.only === undefined || options.only.includes(p.name));
  const runner = new ReadModelRunner(events, readModels, chosen, options.runner);
  const bars = options.progress
    ? new MultiBar(
        {
          format: ' {name} [{bar}] {percentage}% | {value}/{total} events | {rate} events/s | {eta_formatted}',
          hideCursor: true,
          stream: options.stream ?? process.stderr,
          // Redraw even when the stream is not a terminal (CI logs, pipes), at most every 200 ms.
          noTTYOutput: true,
          notTTYSchedule: 200,
          etaBuffer: 50,
        },
        Presets.shades_classic,
      )
    : undefined;
  const results: RebuildResult[] = [];
  try {
    for (const projection of chosen) {
      for (const [collection, specs] of Object.entries(projection.indexes ?? {})) {
        await readModels.ensureIndexes(collection, specs);
      }
      let bar: SingleBar | undefined;
      const started = Date.now();
      const result = await runner.rebuild(projection.name, {
        onProgress: ({ position, head }) => {
          const rate = Math.round(position / Math.max(0.001, (Date.now() - started) / 1000));
          bar ??= bars?.create(Math.max(head, 1), 0, { name: projection.name, rate: 0 });
          bar?.update(position, { rate });
        },
      });
      bar?.update(result.position, { rate: Math.round(result.events / Math.max(0.001, result.ms / 1000)) });
      bar?.stop();
      results.push(result);
    }
  } finally {
    bars?.stop();
    await runner.stop();
  }
  return results;
}
