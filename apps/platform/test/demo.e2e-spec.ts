import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import Database from 'better-sqlite3';

/** A port free now, for the platform the demo starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the demo command (bash scripts/run.sh --demo)', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'khai-demo-')), 'data');
  let child: ChildProcess | undefined;
  let output = '';
  let url = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // The real command, as run.sh starts it from the build (made by the integration tests' global setup), on one
    // small year.
    child = spawn(
      process.execPath,
      [
        join(__dirname, '..', '..', '..', 'dist', 'apps', 'platform', 'src', 'cli', 'demo.js'),
        ...['--dir', dir, '--years', '1', '--members', '5', '--port', String(port)],
      ],
      { env: { ...process.env, KHAI_READ_MODEL_SNAPSHOT_MINUTES: '0' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await until(
      'the platform to be ready',
      async () => ((await fetch(`${url}/health/ready`)).ok ? true : undefined),
      240_000,
    );
  }, 300_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child?.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const accounts = (): { username: string; password: string; role: string }[] =>
    [...output.matchAll(/^ {2}(\S+) +(demo-\S+) +(\w+)/gm)].map(([, username, password, role]) => ({
      username: username as string,
      password: password as string,
      role: role as string,
    }));

  it('prints a demo account of every role, saying the passwords are for the demo only, and each signs in', async () => {
    expect(output).toContain('DEMO ONLY');
    const printed = accounts();
    expect(printed.map((a) => a.role).sort()).toEqual(['admin', 'agency', 'manager', 'member', 'partner', 'staff']);
    for (const a of printed) {
      const res = await fetch(`${url}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: a.username, password: a.password, session: 'bearer' }),
      });
      expect({ username: a.username, status: res.status }).toEqual({ username: a.username, status: 200 });
    }
  });

  it('starts on generated data holding every stage, and the process managers find their commands already written', async () => {
    const admin = accounts().find((a) => a.role === 'admin');
    const signIn = await fetch(`${url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: admin?.username, password: admin?.password, session: 'bearer' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };

    const db = new Database(join(dir, 'events.sqlite'), { readonly: true });
    const types = new Set(
      db
        .prepare('SELECT DISTINCT type FROM events')
        .pluck()
        .all()
        .map((t) => String(t)),
    );
    const generated = Number(db.prepare('SELECT COUNT(*) FROM events').pluck().get());
    const last = String(db.prepare('SELECT MAX(occurred_at) FROM events').pluck().get());
    db.close();
    // Up to last month's end: the recent periods of the dashboards are full, and nothing is dated ahead.
    const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date()).slice(0, 7);
    expect(last.slice(0, 7) < thisMonth).toBe(true);
    expect(last >= new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 7)).toBe(true);
    for (const type of [
      'EggsPacked',
      'RejectsProcessed',
      'ShipmentPlanned',
      'PackedStockAllocated',
      'ShipmentDispatched',
      'DeliveryConfirmed',
      'SaleRecorded',
      'FeedDelivered',
      'MemberEggPricesSet',
      'EggDeliveryRecorded',
      'FeedChargeRecorded',
      'MemberSettled',
    ]) {
      expect(types).toContain(type);
    }

    // Caught up on the whole log, no process manager failed and none wrote anything: the generator had written
    // each of their commands with the key and event ids the platform's would have.
    const processes = await until(
      'the process managers to catch up',
      async () => {
        const res = await fetch(`${url}/processes`, { headers });
        const list = (await res.json()) as { name: string; lag: number; failed: string | null }[];
        if (list.some((p) => p.failed !== null)) return list;
        return list.every((p) => p.lag === 0) ? list : undefined;
      },
      240_000,
    );
    expect(processes.filter((p) => p.failed !== null)).toEqual([]);
    const health = (await (await fetch(`${url}/health`)).json()) as { headPosition: number };
    expect(health.headPosition).toBe(generated);
  }, 300_000);
});
