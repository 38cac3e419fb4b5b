import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CheckpointStore } from '@khai/core';

import { InMemoryCheckpointStore } from './in-memory.checkpoint-store';
import { SqliteCheckpointStore } from './sqlite.checkpoint-store';

const file = (): string => join(mkdtempSync(join(tmpdir(), 'khai-cp-')), 'checkpoints.sqlite');

describe.each([
  ['in-memory', () => new InMemoryCheckpointStore()],
  ['sqlite', () => new SqliteCheckpointStore(file())],
] as Array<[string, () => CheckpointStore]>)('checkpoint store contract: %s', (_name, create) => {
  it('has no checkpoint before the first save, then the last one saved, per name', async () => {
    const store = create();
    expect(await store.load('shipment-allocation')).toBeUndefined();
    await store.save('shipment-allocation', 10);
    await store.save('shipment-allocation', 42);
    await store.save('member-ledger', 7);
    expect(await store.load('shipment-allocation')).toBe(42);
    expect(await store.load('member-ledger')).toBe(7);
    await store.close();
  });

  it('saves several checkpoints at once, next to those it does not name', async () => {
    const store = create();
    await store.save('relay', 5);
    await store.saveAll(
      new Map([
        ['shipment-allocation', 900],
        ['member-ledger', 850],
      ]),
    );
    await store.saveAll(new Map([['member-ledger', 1000]]));
    expect(await store.load('shipment-allocation')).toBe(900);
    expect(await store.load('member-ledger')).toBe(1000);
    expect(await store.load('relay')).toBe(5);
    await store.close();
  });
});

describe('sqlite checkpoint store', () => {
  it('keeps checkpoints across a reopen', async () => {
    const filename = file();
    const first = new SqliteCheckpointStore(filename);
    await first.save('relay', 1234);
    await first.close();
    const reopened = new SqliteCheckpointStore(filename);
    expect(await reopened.load('relay')).toBe(1234);
    await reopened.close();
  });

  it('keeps every checkpoint of a saveAll across a reopen', async () => {
    const filename = file();
    const first = new SqliteCheckpointStore(filename);
    await first.saveAll(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
    await first.close();
    const reopened = new SqliteCheckpointStore(filename);
    expect([await reopened.load('a'), await reopened.load('b')]).toEqual([1, 2]);
    await reopened.close();
  });
});
