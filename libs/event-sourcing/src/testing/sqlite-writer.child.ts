// Append load for the crash test: prints `ack <eventId>` for every event whose
// append has resolved, until it is killed.
import { randomUUID } from 'node:crypto';

import { SqliteEventStore } from '../adapters/sqlite.event-store';
import { envelope } from './event-store.contract';

const [filename, syncOn = 'commit'] = process.argv.slice(2);
if (!filename || (syncOn !== 'commit' && syncOn !== 'pool')) {
  throw new Error('usage: sqlite-writer.child.ts <file> [commit|pool]');
}
const store = new SqliteEventStore({ filename, syncOn });

async function writer(w: number): Promise<never> {
  const stream = `lot-crash${w}-${randomUUID()}`;
  for (let revision = -1; ;) {
    const batch = Array.from({ length: 1 + (revision % 3 === 0 ? 4 : 0) }, () => envelope('EggsCollected', { w }));
    const result = await store.append(stream, batch, revision < 0 ? 'no_stream' : revision);
    revision = result.nextExpectedRevision;
    process.stdout.write(batch.map((e) => `ack ${e.metadata.eventId}\n`).join(''));
  }
}

for (let w = 0; w < 8; w++) void writer(w);
