import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEFAULT_RELAY_OPTIONS } from './outbox-relay';
import { RelayThread, type RelayThreadSpec } from './relay-thread';

// The real worker is covered against a broker (kafka.integration.int-spec.ts); these are the main thread's answers
// when the thread is missing or silent, with stand-in worker scripts.
describe('RelayThread', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khai-relay-thread-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const spec = (script: string): RelayThreadSpec => ({
    events: { kind: 'sqlite', filename: join(dir, 'events.sqlite') },
    checkpointsFile: join(dir, 'checkpoints.sqlite'),
    kafka: { brokers: ['127.0.0.1:1'], clientId: 'test', topicPrefix: '' },
    relay: DEFAULT_RELAY_OPTIONS,
    script,
  });
  const worker = (name: string, code: string): string => {
    const file = join(dir, name);
    writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${code}`);
    return file;
  };

  it('fails to start, saying why, when the worker cannot run; its status says so too', async () => {
    const thread = new RelayThread(spec(join(dir, 'missing.js')));
    await expect(thread.start()).rejects.toThrow(/missing\.js|Cannot find module/);
    expect((await thread.status()).failed).toMatch(/missing\.js|Cannot find module/);
  });

  it('passes on what the worker reports: its failure to start', async () => {
    const thread = new RelayThread(
      spec(worker('fails.js', `parentPort.postMessage({ type: 'failed', error: 'no log' });`)),
    );
    await expect(thread.start()).rejects.toThrow('relay thread failed: no log');
  });

  it('answers the status of a thread that does not answer, and ends a thread that does not stop', async () => {
    const silent = worker('silent.js', `parentPort.postMessage({ type: 'ready' }); setInterval(() => {}, 1000);`);
    const thread = new RelayThread(spec(silent));
    await thread.start();
    const status = await thread.status();
    expect(status).toMatchObject({ name: 'integration-relay', failed: 'the relay thread did not answer in 2000 ms' });
    const started = Date.now();
    await thread.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
    expect((await thread.status()).failed).toBeNull();
  }, 30_000);

  it('relays status and stop to a thread that answers', async () => {
    const answering = worker(
      'answering.js',
      `parentPort.on('message', (m) => {
         if (m.type === 'status') parentPort.postMessage({ type: 'status', id: m.id, status: { name: 'integration-relay', checkpoint: 7, head: 9, lag: 2, published: 3, failed: null } });
         else parentPort.postMessage({ type: 'stopped' });
       });
       parentPort.postMessage({ type: 'ready' });`,
    );
    const thread = new RelayThread(spec(answering));
    await thread.start();
    expect(await thread.status()).toMatchObject({ checkpoint: 7, lag: 2, published: 3 });
    await thread.stop();
    // Stopped: the last status it gave.
    expect(await thread.status()).toMatchObject({ checkpoint: 7, failed: null });
  });
});
