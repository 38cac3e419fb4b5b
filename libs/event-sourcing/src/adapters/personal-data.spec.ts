import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ERASED, type EventEnvelope, isSealed } from '@khai/core';
import Database from 'better-sqlite3';

import { InMemoryEventStore } from './in-memory.event-store';
import { PersonalDataEventStore } from './personal-data.event-store';
import { SqlitePersonalDataVault } from './sqlite.personal-data-vault';

const FIELDS = { Joined: { subject: 'id', fields: ['name', 'citizenId'] } };

function joined(id: string, name: string, citizenId: string): EventEnvelope {
  return {
    type: 'Joined',
    data: { id, name, citizenId, day: '2026-01-15' },
    metadata: {
      eventId: `e-${id}`,
      schemaVersion: 1,
      occurredAt: '2026-01-15T00:00:00.000Z',
      actor: 'test',
      correlationId: 'c',
      causationId: null,
      idempotencyKey: null,
    },
  };
}

describe('the personal data vault', () => {
  let vault: SqlitePersonalDataVault;
  beforeEach(() => {
    vault = new SqlitePersonalDataVault();
  });
  afterEach(() => vault.close());

  it('seals a value in a fresh envelope each time, and opens it for its subject only', () => {
    const a = vault.seal('M1', 'สมชาย ใจดี');
    const b = vault.seal('M1', 'สมชาย ใจดี');
    expect(a).toMatch(/^pii:v1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(a).not.toBe(b);
    expect(vault.open('M1', a)).toBe('สมชาย ใจดี');
    vault.seal('M2', 'x');
    expect(() => vault.open('M2', a)).toThrow();
  });

  it('answers a value that is not an envelope as it is (written before sealing)', () => {
    expect(vault.open('M1', '1234567890121')).toBe('1234567890121');
  });

  it('reads an erased subject’s values as erased, leaves others readable, and seals nothing more for it', () => {
    const one = vault.seal('M1', 'one');
    const two = vault.seal('M2', 'two');
    vault.erase('M1');
    vault.erase('M1');
    expect(vault.open('M1', one)).toBe(ERASED);
    expect(vault.open('M2', two)).toBe('two');
    expect(vault.isErased('M1')).toBe(true);
    expect(vault.isErased('M2')).toBe(false);
    expect(() => vault.seal('M1', 'again')).toThrow(/erased/);
  });
});

describe('an event store sealing personal fields', () => {
  it('keeps the fields sealed in the log and on $all, and opens them on a stream read', async () => {
    const inner = new InMemoryEventStore();
    const vault = new SqlitePersonalDataVault();
    const store = new PersonalDataEventStore(inner, vault, FIELDS, true);
    await store.append('member-M1', [joined('M1', 'สมชาย ใจดี', '1234567890121')], 'no_stream');

    const [kept] = await inner.readAll({ maxCount: 10 });
    expect(isSealed((kept?.data as { name: string }).name)).toBe(true);
    expect(JSON.stringify(kept)).not.toMatch(/สมชาย|1234567890121/);
    expect(await store.readAll({ maxCount: 10 })).toEqual(await inner.readAll({ maxCount: 10 }));
    const [read] = await store.readStream('member-M1');
    expect(read?.data).toEqual({ id: 'M1', name: 'สมชาย ใจดี', citizenId: '1234567890121', day: '2026-01-15' });
    expect(await store.hasEvent('member-M1', kept?.metadata.eventId ?? '')).toBe(true);
    expect(await store.hasEvent('member-M2', kept?.metadata.eventId ?? '')).toBe(false);

    vault.erase('M1');
    const [erased] = await store.readStream('member-M1');
    expect(erased?.data).toEqual({ id: 'M1', name: ERASED, citizenId: ERASED, day: '2026-01-15' });
    await store.close();
  });

  it('reads an event written in the clear before sealing as it is', async () => {
    const inner = new InMemoryEventStore();
    await inner.append('member-M1', [joined('M1', 'Somchai', '1234567890121')], 'no_stream');
    const store = new PersonalDataEventStore(inner, new SqlitePersonalDataVault(), FIELDS, true);
    const [read] = await store.readStream('member-M1');
    expect(read?.data).toMatchObject({ name: 'Somchai', citizenId: '1234567890121' });
    await store.close();
  });
});

describe('an event that erases its subject', () => {
  const fields = { ...FIELDS, Erased: { subject: 'id', fields: [], erases: true } };
  const erased = (id: string): EventEnvelope => ({
    type: 'Erased',
    data: { id },
    metadata: { ...joined(id, '', '').metadata, eventId: `x-${id}` },
  });

  it('destroys the key once appended, and once read back if the key outlived its append', async () => {
    const inner = new InMemoryEventStore();
    const vault = new SqlitePersonalDataVault();
    const store = new PersonalDataEventStore(inner, vault, fields, true);
    await store.append('member-M1', [joined('M1', 'one', '1234567890121')], 'no_stream');
    await store.append('member-M1', [erased('M1')], 0);
    expect(vault.isErased('M1')).toBe(true);

    await store.append('member-M2', [joined('M2', 'two', '1234567890122')], 'no_stream');
    await inner.append('member-M2', [erased('M2')], 0); // as if the process stopped before destroying the key
    expect(vault.isErased('M2')).toBe(false);
    const [read] = await store.readStream('member-M2');
    expect(read?.data).toMatchObject({ name: ERASED, citizenId: ERASED });
    expect(vault.isErased('M2')).toBe(true);
    await store.close();
  });
});

describe('the vault’s file', () => {
  it('keeps no byte of an erased key, nor a journal holding it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khai-keys-'));
    const file = join(dir, 'keys.sqlite');
    const vault = new SqlitePersonalDataVault(file);
    vault.seal('M1', 'one');
    vault.seal('M2', 'two');
    const keyOf = (subject: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare<[string], { key: Buffer }>('SELECT key FROM subject_keys WHERE subject = ?').get(subject)
          ?.key;
      } finally {
        db.close();
      }
    };
    const erasedKey = keyOf('M1')!;
    const keptKey = keyOf('M2')!;
    expect(readFileSync(file).includes(erasedKey)).toBe(true);
    vault.erase('M1');
    vault.close();
    expect(readdirSync(dir)).toEqual(['keys.sqlite']);
    expect(readFileSync(file).includes(erasedKey)).toBe(false);
    expect(readFileSync(file).includes(keptKey)).toBe(true);
    rmSync(dir, { recursive: true });
  });
});
