/**
 * Generator benchmark: the cooperative's history (default 60 members × 5 years, seed 42)
 * generated into each event store. Build first (`node scripts/build.js`), then run
 * `node dist/bench/generate.bench.js` from the repository root.
 *
 * Prints a Markdown report: machine, then per store the events written, seconds,
 * events per second and the heap afterwards.
 *
 * Knobs (environment): GEN_YEARS (5), GEN_MEMBERS (60), GEN_SEED (42),
 * GEN_STORES (memory,sqlite-normal,sqlite-full), BENCH_KEEP=1 keeps the SQLite files.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

import { type EventStore, InMemoryEventStore, SqliteEventStore } from '@khai/event-sourcing';
import { generateCooperative, readPublishedPrices } from '@khai/generator';

const YEARS = Number(process.env.GEN_YEARS ?? 5);
const MEMBERS = Number(process.env.GEN_MEMBERS ?? 60);
const SEED = Number(process.env.GEN_SEED ?? 42);
const STORES = (process.env.GEN_STORES ?? 'memory,sqlite-normal,sqlite-full').split(',');
const KEEP = process.env.BENCH_KEEP === '1';

interface Row {
  readonly store: string;
  readonly events: number;
  readonly seconds: number;
  readonly heapMb: number;
  readonly fileMb: number | null;
}

async function run(name: string, dir: string): Promise<Row> {
  const file = join(dir, `${name}.sqlite`);
  const store: EventStore =
    name === 'memory'
      ? new InMemoryEventStore()
      : new SqliteEventStore({ filename: file, synchronous: name === 'sqlite-full' ? 'FULL' : 'NORMAL' });
  const publishedPrices = readPublishedPrices('data/published');
  try {
    const result = await generateCooperative({ store, seed: SEED, years: YEARS, members: MEMBERS, publishedPrices });
    return {
      store: name,
      events: result.events,
      seconds: result.elapsedMs / 1000,
      heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
      fileMb: name === 'memory' ? null : Math.round(statSync(file).size / 1e6),
    };
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'khai-generate-'));
  const cpu = cpus()[0]?.model ?? 'unknown cpu';
  console.log(`# Generator benchmark\n`);
  console.log(
    `${cpu} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, node ${process.version}\n`,
  );
  console.log(`${MEMBERS} members × ${YEARS} years, seed ${SEED}\n`);
  console.log('| store | events | seconds | events/s | heap after (MB) | file (MB) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  try {
    for (const name of STORES) {
      const row = await run(name, dir);
      console.log(
        `| ${row.store} | ${row.events.toLocaleString('en')} | ${row.seconds.toFixed(1)} | ` +
          `${Math.round(row.events / row.seconds).toLocaleString('en')} | ${row.heapMb} | ${row.fileMb ?? '–'} |`,
      );
    }
  } finally {
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
