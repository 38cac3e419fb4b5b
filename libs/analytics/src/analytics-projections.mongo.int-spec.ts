import { randomUUID } from 'node:crypto';

import { InMemoryEventStore } from '@khai/event-sourcing';
import { generateCooperative } from '@khai/generator';
import { InMemoryReadModelStore, MongoReadModelStore, ReadModelRunner } from '@khai/read-models';
import { MongoClient } from 'mongodb';

import { analyticsProjections } from './analytics-projections';
import { dump } from './testing/harness';

// A real MongoDB-wire server: MONGO_URL (FerretDB from deploy/local/ferretdb.sh here, MongoDB with Docker).
const url = process.env.MONGO_URL;
const dbName = `khai_analytics_test_${Date.now()}_${randomUUID().slice(0, 8)}`;

function suite(serverUrl: string): void {
  const projections = analyticsProjections();
  const events = new InMemoryEventStore();
  let mongo: MongoReadModelStore;

  beforeAll(async () => {
    // A year of a small cooperative: every kind of document the platform's own projections write.
    await generateCooperative({ store: events, years: 1, members: 3, seed: 7 });
    mongo = await MongoReadModelStore.connect(serverUrl, { dbName });
  }, 120_000);

  afterAll(async () => {
    await mongo.close();
    const client = await MongoClient.connect(serverUrl);
    await client.db(dbName).dropDatabase();
    await client.close();
  });

  it('holds the same documents as in memory, rebuilt staged and followed batch by batch', async () => {
    const memory = new InMemoryReadModelStore();
    const inMemory = new ReadModelRunner(events, memory, projections);
    for (const p of projections) await inMemory.rebuild(p.name);
    const expected = await dump(memory, projections);

    const staged = new ReadModelRunner(events, mongo, projections);
    for (const p of projections) await staged.rebuild(p.name);
    expect(await dump(mongo, projections)).toEqual(expected);

    // Batch by batch through `write` (look-ups, journal, inserts and replacements), as a running service does.
    const followed = new ReadModelRunner(events, mongo, projections, { batchEvents: 5000 });
    for (const p of projections) await followed.rebuild(p.name, { staged: false });
    expect(await dump(mongo, projections)).toEqual(expected);
  }, 600_000);
}

if (url) {
  describe(`analytics read models on a MongoDB-wire server (${url})`, () => suite(url));
} else {
  const reason = 'MONGO_URL is not set (deploy/local/ferretdb.sh install && deploy/local/ferretdb.sh start prints it)';
  console.warn(`SKIPPED the analytics read models on MongoDB: ${reason}`);
  describe.skip(`analytics read models on a MongoDB-wire server — skipped: ${reason}`, () => suite(''));
}
