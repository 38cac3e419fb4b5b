/**
 * Read-model rebuild benchmark. Run: `npm run bench:read-models`
 * (with `MONGO_URL=...` for the MongoDB-wire part, e.g. FerretDB from
 * deploy/local/ferretdb.sh).
 *
 * Generates a synthetic log in memory (collections of 60 members, two rounds a
 * day, some voided, gradings in between), then rebuilds the example document
 * projection (eggs per farm per day, plus one document per lot) from it:
 * - into the in-memory store (goal ≥ 200,000 events/s);
 * - into the MongoDB-wire store (goal ≥ 10,000 events/s), next to a naive
 *   baseline in the same run: one mongoose `Model.create` per event.
 *
 * Knobs: BENCH_EVENTS (default 200000), BENCH_MEMBERS (60), BENCH_BASELINE_EVENTS
 * (default 5000: the baseline is slow), BENCH_BATCH_EVENTS (runner batch, default 5000).
 * The report (Markdown) goes to stdout.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

import { InMemoryEventStore } from '@khai/event-sourcing';
import { InMemoryReadModelStore, MongoReadModelStore, ReadModelRunner, type ReadModelStore } from '@khai/read-models';
import mongoose, { Schema } from 'mongoose';

import {
  eggsPerFarmDay,
  envelope,
  FARM_DAYS,
  LOTS,
} from '../libs/read-models/src/testing/eggs-per-farm-day.projection';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 60);
const BASELINE_EVENTS = Number(process.env.BENCH_BASELINE_EVENTS ?? 5000);
const BATCH_EVENTS = Number(process.env.BENCH_BATCH_EVENTS ?? 5000);
const UNSTAGED_EVENTS = Number(process.env.BENCH_UNSTAGED_EVENTS ?? 20_000);
const MONGO_URL = process.env.MONGO_URL;

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

interface Mix {
  collected: number;
  voided: number;
  graded: number;
}

/** Day by day, each member's morning and afternoon collections; every 40th lot voided; a grading after each collection but one in four. */
async function syntheticLog(events: InMemoryEventStore): Promise<Mix> {
  const mix: Mix = { collected: 0, voided: 0, graded: 0 };
  const start = Date.UTC(2022, 0, 1);
  let n = 0;
  const append = async (stream: string, type: string, data: unknown): Promise<void> => {
    await events.append(stream, [envelope(type, data, `e${n}`)], 'any');
    n += 1;
  };
  for (let day = 0; n < EVENTS; day++) {
    const collectedOn = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    for (let m = 0; m < MEMBERS && n < EVENTS; m++) {
      for (const round of ['am', 'pm']) {
        if (n >= EVENTS) break;
        const lotId = `lot-${m}-${collectedOn}-${round}`;
        const eggs = 2_000 + ((day * 7919 + m * 104_729) % 6000);
        await append(`lot-${lotId}`, 'EggsCollected', {
          lotId,
          memberId: `member-${m}`,
          farmId: `farm-${m}`,
          flockId: `flock-${m}-h1`,
          collectedOn,
          eggs,
        });
        mix.collected += 1;
        if (n < EVENTS && mix.collected % 40 === 0) {
          await append(`lot-${lotId}`, 'CollectionVoided', { lotId, reason: 'counted twice' });
          mix.voided += 1;
        } else if (n < EVENTS && mix.collected % 4 !== 0) {
          await append(`lot-${lotId}`, 'LotGraded', { lotId, gradedOn: collectedOn, graded: eggs - 40, rejects: 40 });
          mix.graded += 1;
        }
      }
    }
  }
  return mix;
}

async function rebuildInto(
  store: ReadModelStore,
  events: InMemoryEventStore,
  staged?: boolean,
): Promise<{ seconds: number; docs: number }> {
  const runner = new ReadModelRunner(events, store, [eggsPerFarmDay], { batchEvents: BATCH_EVENTS });
  let last = 0;
  const t0 = performance.now();
  await runner.rebuild(eggsPerFarmDay.name, {
    ...(staged === undefined ? {} : { staged }),
    onProgress: ({ position, head }) => {
      if (position - last >= head / 10) {
        last = position;
        log(`  ${store.kind}: ${fmt(position)}/${fmt(head)} events, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  await runner.stop();
  return { seconds, docs: (await store.count(LOTS)) + (await store.count(FARM_DAYS)) };
}

/** The naive way: one document per event, one mongoose `create` (an insert round trip) each. */
async function naiveBaseline(url: string, dbName: string, events: InMemoryEventStore): Promise<number> {
  const connection = await mongoose.createConnection(url, { dbName, autoIndex: false }).asPromise();
  const Collection = connection.model(
    'NaiveEggsCollected',
    new Schema(
      { lotId: String, memberId: String, farmId: String, day: String, eggs: Number, position: Number },
      { versionKey: false },
    ),
    'naive_eggs_collected',
  );
  const sample = await events.readAll({ maxCount: BASELINE_EVENTS });
  const t0 = performance.now();
  for (const event of sample) {
    if (event.type !== 'EggsCollected') continue;
    const d = event.data as { lotId: string; memberId: string; farmId: string; collectedOn: string; eggs: number };
    await Collection.create({ ...d, day: d.collectedOn, position: event.position });
  }
  const seconds = (performance.now() - t0) / 1000;
  await connection.close();
  return sample.length / seconds;
}

async function main(): Promise<void> {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  log(`generating ${fmt(EVENTS)} events for ${MEMBERS} members ...`);
  const events = new InMemoryEventStore();
  const mix = await syntheticLog(events);

  log('rebuilding in memory (3 runs) ...');
  const memoryRuns: Array<{ seconds: number; docs: number }> = [];
  for (let i = 0; i < 3; i++) memoryRuns.push(await rebuildInto(new InMemoryReadModelStore(), events));
  const memory = [...memoryRuns].sort((a, b) => a.seconds - b.seconds)[1] as { seconds: number; docs: number };

  let mongo: { seconds: number; docs: number } | undefined;
  let unstaged: { seconds: number; docs: number } | undefined;
  let baseline: number | undefined;
  if (MONGO_URL) {
    const dbName = `khai_bench_read_models_${randomUUID().slice(0, 8)}`;
    log(`rebuilding into ${MONGO_URL} (db ${dbName}) ...`);
    const store = await MongoReadModelStore.connect(MONGO_URL, { dbName });
    mongo = await rebuildInto(store, events);
    if (mongo.docs !== memory.docs) throw new Error(`mongodb has ${mongo.docs} documents, memory ${memory.docs}`);
    log(`unstaged: batches through write(), first ${fmt(UNSTAGED_EVENTS)} events ...`);
    const head = new InMemoryEventStore();
    for (const e of await events.readAll({ maxCount: UNSTAGED_EVENTS })) await head.append(e.streamName, [e], 'any');
    unstaged = await rebuildInto(store, head, false);
    await store.close();
    log(`naive baseline: mongoose create per event, first ${fmt(BASELINE_EVENTS)} events ...`);
    baseline = await naiveBaseline(MONGO_URL, dbName, events);
    const client = await mongoose.createConnection(MONGO_URL, { dbName }).asPromise();
    await client.dropDatabase();
    await client.close();
  }

  const rate = (r: { seconds: number }): number => EVENTS / r.seconds;
  const lines = [
    `- Date: ${new Date().toISOString()}`,
    `- Node: ${process.version} (${platform()} ${release()}); CPU: ${cpus()[0]?.model ?? '?'} — ${availableParallelism()} cores; RAM ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Load average at start: ${load}`,
    `- Log: ${fmt(EVENTS)} events for ${MEMBERS} members — ${fmt(mix.collected)} EggsCollected, ${fmt(mix.voided)} CollectionVoided, ${fmt(mix.graded)} LotGraded (passed over); runner batches of ${fmt(BATCH_EVENTS)} events`,
    `- Read model: ${fmt(memory.docs)} documents (one per lot, one per farm-day)`,
    '',
    '| Rebuild | Events | Seconds | Events/s | Goal | |',
    '|---|---:|---:|---:|---:|---|',
    `| in memory (median of 3) | ${fmt(EVENTS)} | ${memory.seconds.toFixed(2)} | ${fmt(rate(memory))} | 200,000 | ${rate(memory) >= 200_000 ? 'met' : 'not met'} |`,
  ];
  if (mongo && baseline !== undefined) {
    lines.push(
      `| MongoDB wire (${MONGO_URL}), staged: replay in memory, then bulkWrite inserts | ${fmt(EVENTS)} | ${mongo.seconds.toFixed(2)} | ${fmt(rate(mongo))} | 10,000 | ${rate(mongo) >= 10_000 ? 'met' : 'not met'} |`,
      `| MongoDB wire, unstaged: batches of ${fmt(BATCH_EVENTS)} through \`write\` (look-up, journal, insert/replace) | ${fmt(UNSTAGED_EVENTS)} | ${unstaged?.seconds.toFixed(2)} | ${fmt(UNSTAGED_EVENTS / (unstaged?.seconds ?? 1))} | — | |`,
      `| naive baseline: mongoose \`create\` per event | ${fmt(BASELINE_EVENTS)} | ${(BASELINE_EVENTS / baseline).toFixed(2)} | ${fmt(baseline)} | — | ${(rate(mongo) / baseline).toFixed(1)}× slower than batched |`,
    );
  } else lines.push('', 'MONGO_URL not set: the MongoDB-wire rows were not measured.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
