import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { eventStoreContract } from '../testing/event-store.contract';
import { SqliteEventStore } from './sqlite.event-store';

eventStoreContract('sqlite (file, WAL, synchronous=FULL)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'khai-sqlite-'));
  return new SqliteEventStore({ filename: join(dir, 'events.sqlite'), pollMs: 20 });
});

eventStoreContract('sqlite (file, WAL, synchronous=FULL, checkpoints on their own thread)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'khai-sqlite-'));
  return new SqliteEventStore({ filename: join(dir, 'events.sqlite'), pollMs: 20, checkpointThread: true });
});
