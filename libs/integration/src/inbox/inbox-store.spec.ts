import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { InMemoryInboxStore } from './in-memory.inbox-store';
import type { InboxStore } from './inbox-store.port';
import { SqliteInboxStore } from './sqlite.inbox-store';

const entry = (messageId: string, outcome = 'applied') => ({
  messageId,
  topic: 'buyers.orders.v1',
  receivedAt: '2026-11-20T03:00:00.000Z',
  outcome,
});

/** The one contract every inbox adapter keeps. */
function inboxContract(name: string, open: () => InboxStore): void {
  describe(`inbox store contract: ${name}`, () => {
    let inbox: InboxStore;
    beforeEach(() => (inbox = open()));
    afterEach(() => inbox.close());

    it('finds what it recorded, and nothing else', async () => {
      await inbox.record(entry('m-1'));
      expect(await inbox.find('m-1')).toEqual(entry('m-1'));
      expect(await inbox.find('m-2')).toBeUndefined();
    });

    it('keeps the first outcome of a message id', async () => {
      await inbox.record(entry('m-1', 'dead_lettered:validation_failed'));
      await inbox.record(entry('m-1', 'applied'));
      expect((await inbox.find('m-1'))?.outcome).toBe('dead_lettered:validation_failed');
    });

    it('records many at once, each durable when its promise resolves', async () => {
      await Promise.all(Array.from({ length: 500 }, (_, i) => inbox.record(entry(`m-${i}`))));
      for (const i of [0, 250, 499]) expect(await inbox.find(`m-${i}`)).toBeDefined();
    });
  });
}

inboxContract('in memory', () => new InMemoryInboxStore());

const dir = mkdtempSync(join(tmpdir(), 'khai-inbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
inboxContract('sqlite', () => new SqliteInboxStore(join(dir, `inbox-${n++}.sqlite`)));

describe('sqlite inbox across a restart', () => {
  it('still knows a message after the file is closed and opened again', async () => {
    const file = join(dir, 'restart.sqlite');
    const first = new SqliteInboxStore(file);
    await first.record(entry('m-restart'));
    await first.close();
    const second = new SqliteInboxStore(file);
    expect(await second.find('m-restart')).toEqual(entry('m-restart'));
    await second.close();
  });
});
