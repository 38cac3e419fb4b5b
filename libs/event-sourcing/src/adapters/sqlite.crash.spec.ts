import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { SqliteEventStore } from './sqlite.event-store';

const child = resolve(__dirname, '../testing/sqlite-writer.child.ts');

/** Runs the writer until `acks` events are acknowledged, then SIGKILLs it mid-write. */
function killMidWrite(filename: string, acks: number): Promise<Set<string>> {
  return new Promise((done, fail) => {
    const acked = new Set<string>();
    // tsx as a loader inside this very process, so SIGKILL hits the writer itself.
    const proc = spawn(process.execPath, ['--import', 'tsx', child, filename], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.add(line.slice(4));
      if (acked.size >= acks && proc.exitCode === null) proc.kill('SIGKILL');
    });
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? done(acked) : fail(new Error(`writer exited ${signal}`)),
    );
  });
}

describe('sqlite event store under SIGKILL', () => {
  it('loses no acknowledged event when the writing process is killed mid-load, twice', async () => {
    const filename = join(mkdtempSync(join(tmpdir(), 'khai-crash-')), 'events.sqlite');
    const acked = new Set<string>();
    for (const round of [1, 2]) {
      for (const id of await killMidWrite(filename, 2000 * round)) acked.add(id);
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
