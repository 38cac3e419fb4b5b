import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { InMemoryWaitingStore } from './in-memory.waiting-store';
import { SqliteWaitingStore } from './sqlite.waiting-store';
import type { WaitingMessage, WaitingStore } from './waiting-store.port';

const waiting = (seq: number, over: Partial<WaitingMessage> = {}): WaitingMessage => ({
  messageId: `m-${seq}`,
  occurredAt: '2026-12-07T10:00:00.000+07:00',
  seq,
  message: {
    topic: 'buyers.payments.v1',
    partition: 2,
    offset: String(100 + seq),
    key: 'SO-1',
    value: Buffer.from(`{"seq":${seq}}`),
    headers: { 'message-id': `m-${seq}`, 'correlation-id': 'c-1' },
  },
  bodyHash: `hash-${seq}`,
  since: 1_796_000_000_000 + seq,
  attempts: 1,
  dueAt: 1_796_000_000_200 + seq,
  code: 'sales_order_not_found',
  reason: 'sales order SO-1 has not been confirmed',
  ...over,
});

function contract(name: string, open: () => WaitingStore): void {
  describe(`${name} waiting store`, () => {
    let store: WaitingStore;
    beforeEach(() => {
      store = open();
    });
    afterEach(() => store.close());

    it('gives back what it keeps in order of arrival, bytes and headers as they came', async () => {
      await store.put(waiting(2));
      await store.put(waiting(1, { code: null, reason: null, attempts: 0 }));
      await store.put(waiting(3, { message: { ...waiting(3).message, key: null, value: null } }));
      expect(await store.load()).toEqual([
        waiting(1, { code: null, reason: null, attempts: 0 }),
        waiting(2),
        waiting(3, { message: { ...waiting(3).message, key: null, value: null } }),
      ]);
    });

    it('keeps the newest attempt of a message, and forgets a message removed', async () => {
      await store.put(waiting(1));
      await store.put(waiting(2));
      await store.put(waiting(1, { attempts: 2, dueAt: 9, code: 'shipment_not_found', reason: 'later' }));
      await store.remove(waiting(2));
      expect(await store.load()).toEqual([
        waiting(1, { attempts: 2, dueAt: 9, code: 'shipment_not_found', reason: 'later' }),
      ]);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'khai-waiting-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

contract('in-memory', () => new InMemoryWaitingStore());
contract('sqlite', () => new SqliteWaitingStore(join(dir, `w-${files++}.sqlite`)));

describe('sqlite waiting store across a restart', () => {
  it('keeps every message put before it was closed', async () => {
    const file = join(dir, 'restart.sqlite');
    const first = new SqliteWaitingStore(file);
    await first.put(waiting(1));
    await first.put(waiting(2));
    await first.remove(waiting(1));
    await first.close();
    const again = new SqliteWaitingStore(file);
    try {
      expect(await again.load()).toEqual([waiting(2)]);
    } finally {
      await again.close();
    }
  });
});
