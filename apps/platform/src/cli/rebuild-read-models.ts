import 'reflect-metadata';

import { rebuildReadModels } from '@khai/read-models';

import { platformProjections } from '../app.module';
import { loadConfig } from '../config';
import { createEventStore, createReadModelStore } from '../platform';

/**
 * `npm run read-models:rebuild [-- <projection> …]`: empties the read models (all,
 * or the ones named) and replays the log into them, with a progress bar. Useful
 * with KHAI_READ_MODELS=mongodb; the in-memory read models are rebuilt at every start.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const events = createEventStore(config);
  const readModels = await createReadModelStore(config);
  try {
    const only = process.argv.slice(2);
    const results = await rebuildReadModels(events, readModels, platformProjections(), {
      progress: process.stderr.isTTY,
      ...(only.length > 0 ? { only } : {}),
    });
    for (const r of results) console.log(`${r.name}: ${r.events} events in ${r.ms} ms`);
  } finally {
    await readModels.close();
    await events.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
