import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { killAfterAcks } from '@khai/testing';

import { SqliteEventStore } from './sqlite.event-store';

const child = resolve(__dirname, '../testing/sqlite-writer.child.ts');

/** Runs the writer until `acks` events are acknowledged, then SIGKILLs it mid-write. */
const killMidWrite = async (filename: string, syncOn: string, acks: number) =>
  new Set(await killAfterAcks(child, [filename, syncOn], acks));

describe.each(['commit', 'pool'])('sqlite event store under SIGKILL (syncs made in the %s)', (syncOn) => {
  it('loses no acknowledged event when the writing process is killed mid-load, twice', async () => {
    const filename = join(mkdtempSync(join(tmpdir(), 'khai-crash-')), 'events.sqlite');
    const acked = new Set<string>();
    for (const round of [1, 2]) {
      for (const id of await killMidWrite(filename, syncOn, 2000 * round)) acked.add(id);
    }
    const store = new SqliteEventStore({ filename });
    const stored = await store.readAll({ maxCount: 10_000_000 });
    await store.close();
    const ids = new Set(stored.map((e) => e.metadata.eventId));
    const lost = [...acked].filter((id) => !ids.has(id));
    expect(acked.size).toBeGreaterThanOrEqual(4000);
    expect(lost).toEqual([]);
    for (let i = 1; i < stored.length; i++) expect(stored[i]!.position).toBeGreaterThan(stored[i - 1]!.position);
  }, 60_000);
});
