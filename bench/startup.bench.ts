/**
 * Start-up benchmark. Run: `npm run bench:startup`.
 *
 * On generated years of the cooperative (`npm run generate`, or BENCH_DATA_DIR), in one run:
 * - the raw ceiling: the catch-up SELECT of every row through better-sqlite3, strings only;
 * - `readAll` and a `subscribeToAll` catch-up over the same rows (decoded events);
 * - every read model in one pass of the runner, into memory;
 * - the process managers catching up on the log's backlog (appending their commands);
 * - the platform itself (`dist/apps/platform/src/main.js` on a copy of the data dir): when `/health` first answers,
 *   when the read models are live, and its resident memory — on a first start (no snapshot) and a second one;
 * - a third start with the process managers' checkpoints removed: how fast they catch up on the whole log while the
 *   read models come back from the snapshot (not rebuilt on the same thread, as on the first start);
 * - a fourth, on a copy of the log without the member-ledger's commands (as if it had never run): how fast the process
 *   managers catch up on a backlog of commands to append, not found sent.
 *
 * Knobs: BENCH_YEARS (5), BENCH_DATA_DIR (an existing data dir; else generated into a temp dir), BENCH_KEEP=1,
 * BENCH_READS_ONLY=1 (the reads only, without the platform's starts: quicker when working on the read path).
 * The report (Markdown) goes to stdout, progress to stderr.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import { analyticsProjections } from '@khai/analytics';
import { type RecordedEvent, SQLITE_EVENTS_SCHEMA, SQLITE_SELECT_ALL, SqliteEventStore } from '@khai/event-sourcing';
import { InMemoryReadModelStore, ReadModelRunner } from '@khai/read-models';
import Database from 'better-sqlite3';

const YEARS = Number(process.env.BENCH_YEARS ?? 5);
const KEEP = process.env.BENCH_KEEP === '1';
const READS_ONLY = process.env.BENCH_READS_ONLY === '1';
const PAGE = 1000;
const ROOT = resolve(__dirname, '..', '..');

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const fmt = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

interface Row {
  readonly name: string;
  readonly events: number;
  readonly seconds: number;
}

function rawSelect(filename: string): Row {
  const db = new Database(filename, { readonly: true });
  const select = db.prepare(SQLITE_SELECT_ALL).raw(true);
  const started = performance.now();
  let after = 0;
  let events = 0;
  for (;;) {
    const rows = select.all(after, Number.MAX_SAFE_INTEGER, PAGE) as unknown[][];
    if (rows.length === 0) break;
    events += rows.length;
    after = (rows[rows.length - 1] as number[])[0] as number;
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return { name: 'raw SELECT, same paged query, rows as strings (ceiling)', events, seconds };
}

async function readAll(store: SqliteEventStore): Promise<Row> {
  const started = performance.now();
  let after = 0;
  let events = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE });
    if (page.length === 0) break;
    events += page.length;
    after = (page[page.length - 1] as RecordedEvent).position;
  }
  return { name: '`readAll` from 0 to head, pages of 1,000', events, seconds: (performance.now() - started) / 1000 };
}

async function catchUp(store: SqliteEventStore, head: number, readData: boolean): Promise<Row> {
  const started = performance.now();
  let events = 0;
  let sink = 0;
  await new Promise<void>((done) => {
    const subscription = store.subscribeToAll(
      (event) => {
        events += 1;
        if (readData) sink += event.data === null ? 0 : 1;
        if (event.position >= head) void subscription.stop().then(done);
      },
      { after: 0 },
    );
  });
  const name = readData
    ? '`subscribeToAll` catch-up, handler reading every event’s `data`'
    : '`subscribeToAll` catch-up, no-op handler';
  return { name: sink < 0 ? '' : name, events, seconds: (performance.now() - started) / 1000 };
}

async function readModels(store: SqliteEventStore, head: number): Promise<Row & { cpuSeconds: number }> {
  const projections = analyticsProjections();
  const runner = new ReadModelRunner(store, new InMemoryReadModelStore(), projections);
  const started = performance.now();
  const cpu = process.cpuUsage();
  await runner.start();
  while (!(await runner.status()).every((s) => s.live && s.position >= head)) await sleep(5);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await runner.stop();
  const name = `every read model (${projections.length}) in one pass, into memory`;
  return { name, events: head, seconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

interface Start {
  readonly health: number;
  readonly live: number;
  readonly rssMiB: number;
  readonly processesLag: number;
  /** Seconds until the process managers had caught up (lag 0), if within PROCESSES_TIMEOUT_S. */
  readonly processes: number | undefined;
  /**
   * Seconds until their lag first fell below what it was at the first answer: when they began (they start once the
   * read models' snapshot is restored).
   */
  readonly processesBegan: number | undefined;
}

const PROCESSES_TIMEOUT_S = Number(process.env.BENCH_PROCESSES_TIMEOUT_S ?? 300);

/** libs/processes' process managers, whose checkpoints the third start removes (the outbox relay's stays). */
const PROCESS_MANAGERS = ['shipment-allocation', 'order-dispatch', 'delivered-sale', 'member-ledger'];

/** Puts every process manager back at the start of the log; answers the log's head. */
function resetProcessManagers(dataDir: string): number {
  const checkpoints = new Database(join(dataDir, 'checkpoints.sqlite'));
  checkpoints
    .prepare(`DELETE FROM checkpoints WHERE name IN (${PROCESS_MANAGERS.map(() => '?').join(', ')})`)
    .run(...PROCESS_MANAGERS);
  checkpoints.close();
  const events = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
  const head = (events.prepare('SELECT max(position) AS head FROM events').get() as { head: number }).head;
  events.close();
  return head;
}

/**
 * A data dir whose log is `from`'s without the member-ledger's commands (every event its actor wrote; the streams'
 * revisions counted again), with `from`'s keys: a backlog of 174 k ledger entries on five years for the member-ledger
 * to append. Answers how many events it left out.
 */
function withoutLedger(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  copyFileSync(join(from, 'keys.sqlite'), join(to, 'keys.sqlite'));
  const db = new Database(join(to, 'events.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.exec(SQLITE_EVENTS_SCHEMA);
  db.prepare('ATTACH DATABASE ? AS source').run(join(from, 'events.sqlite'));
  const columns =
    'type, data, event_id, schema_version, occurred_at, actor, correlation_id, causation_id, idempotency_key';
  const copied = db
    .prepare(
      `INSERT INTO events (stream, revision, ${columns})
       SELECT stream, ROW_NUMBER() OVER (PARTITION BY stream ORDER BY position) - 1, ${columns}
       FROM source.events WHERE actor <> 'process:member-ledger' ORDER BY position`,
    )
    .run().changes;
  const all = (db.prepare('SELECT count(*) AS n FROM source.events').get() as { n: number }).n;
  db.exec('DETACH DATABASE source');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return all - copied;
}

async function startPlatform(dataDir: string, port: number): Promise<Start> {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--min-semi-space-size=16', '--max-semi-space-size=16', join(ROOT, 'dist/apps/platform/src/main.js')],
    { env: { ...process.env, KHAI_DATA_DIR: dataDir, PORT: String(port) }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    let health = NaN;
    let ready: Omit<Start, 'processes' | 'processesBegan'> | undefined;
    let firstLag: number | undefined;
    let began: number | undefined;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the platform exited with ${child.exitCode}`);
      const answer = await fetch(`${url}/health`).catch(() => undefined);
      const at = (performance.now() - started) / 1000;
      if (answer?.ok) {
        health ||= at;
        const body = (await answer.json()) as { ready: boolean; processesLag: number };
        firstLag ??= body.processesLag;
        if (began === undefined && body.processesLag < firstLag) began = at;
        if (body.ready && !ready) {
          const rss = Number(
            execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)])
              .toString()
              .trim(),
          );
          ready = { health, live: at, rssMiB: rss / 1024, processesLag: body.processesLag };
        }
        if (ready && body.processesLag === 0) return { ...ready, processes: at, processesBegan: began ?? at };
        if (ready && at > PROCESSES_TIMEOUT_S) return { ...ready, processes: undefined, processesBegan: began };
      }
      await sleep(20);
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  }
}

/** The process managers' own catch-up: from when their lag first fell (they start behind the snapshot's restore). */
function began(start: Start, events: number, ceiling: number): string {
  if (start.processes === undefined || start.processesBegan === undefined) return '';
  const seconds = start.processes - start.processesBegan;
  const rate = events / seconds;
  return ` They began ${fmt(start.processesBegan, 1)} s after the start and took ${fmt(seconds, 1)} s: ${fmt(rate)} log events/s, ${fmt(rate / ceiling, 3)}× the raw read.`;
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const loadAtStart = load();
  const temp = mkdtempSync(join(tmpdir(), 'khai-startup-bench-'));
  let dataDir = process.env.BENCH_DATA_DIR;
  if (!dataDir) {
    dataDir = join(temp, 'generated');
    log(`generating ${YEARS} years into ${dataDir} …`);
    execFileSync(process.execPath, [join(ROOT, 'dist/apps/platform/src/cli/generate.js'), '--years', String(YEARS)], {
      env: { ...process.env, KHAI_DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const filename = join(dataDir, 'events.sqlite');
  const store = new SqliteEventStore({ filename });
  const head = await store.headPosition();
  log(`log of ${fmt(head)} events; reading …`);
  rawSelect(filename);
  const raw = rawSelect(filename);
  const reads = [await readAll(store), await catchUp(store, head, false), await catchUp(store, head, true)];
  const models = await readModels(store, head);
  await store.close();

  // The platform's starts, unless only the reads are wanted (BENCH_READS_ONLY).
  let platformLines: (ceiling: number) => string[] = () => [];
  if (!READS_ONLY) {
    log('starting the platform (first start, the process managers catching up on the whole log) …');
    const runDir = join(temp, 'run');
    cpSync(dataDir, runDir, { recursive: true });
    const first = await startPlatform(runDir, 39_871);
    log('starting the platform again …');
    const second = await startPlatform(runDir, 39_872);
    log('starting the platform a third time, the process managers back at the start of the log …');
    const backlog = resetProcessManagers(runDir);
    const third = await startPlatform(runDir, 39_873);
    log('a copy of the log without the member-ledger’s commands, and a fourth start on it …');
    const appendDir = join(temp, 'append');
    const removed = withoutLedger(dataDir, appendDir);
    const fourth = await startPlatform(appendDir, 39_874);
    const appendHead = head - removed;
    platformLines = (ceiling) => [
      '',
      '| Platform start (`node dist/apps/platform/src/main.js`) | `/health` answers | read models live | resident memory | process managers’ lag when live |',
      '|---|---:|---:|---:|---:|',
      `| first start (no snapshot) | ${fmt(first.health, 2)} s | ${fmt(first.live, 2)} s | ${fmt(first.rssMiB)} MiB | ${fmt(first.processesLag)} |`,
      `| second start (snapshot written at the first one's shutdown) | ${fmt(second.health, 2)} s | ${fmt(second.live, 2)} s | ${fmt(second.rssMiB)} MiB | ${fmt(second.processesLag)} |`,
      '',
      first.processes === undefined
        ? `Process managers: not caught up on the log within ${PROCESSES_TIMEOUT_S} s of the first start.`
        : `Process managers caught up on the whole log (${fmt(head)} events) ${fmt(first.processes, 1)} s after the first start: ${fmt(head / first.processes)} log events/s, ${fmt(head / first.processes / ceiling, 3)}× the raw read.${began(first, head, ceiling)}`,
      '',
      third.processes === undefined
        ? `Third start, the process managers' checkpoints removed: not caught up within ${PROCESSES_TIMEOUT_S} s.`
        : `Third start, the process managers' checkpoints removed (read models from the snapshot, live after ${fmt(third.live, 2)} s): caught up on the whole log (${fmt(backlog)} events) ${fmt(third.processes, 1)} s after the start: ${fmt(backlog / third.processes)} log events/s, ${fmt(backlog / third.processes / ceiling, 3)}× the raw read.${began(third, backlog, ceiling)}`,
      '',
      fourth.processes === undefined
        ? `Fourth start, on the log without the member-ledger's ${fmt(removed)} commands: not caught up within ${PROCESSES_TIMEOUT_S} s.`
        : `Fourth start, on a copy of the log without the member-ledger's ${fmt(removed)} commands (${fmt(appendHead)} events; no snapshot: read models live after ${fmt(fourth.live, 2)} s), the process managers appending them: caught up ${fmt(fourth.processes, 1)} s after the start.${began(fourth, appendHead, ceiling)}`,
    ];
  }

  const rate = (r: Row): number => r.events / r.seconds;
  const ceiling = rate(raw);
  const row = (r: Row): string =>
    `| ${r.name} | ${fmt(r.events)} | ${fmt(r.seconds, 2)} | ${fmt(rate(r))} | ${fmt(rate(r) / ceiling, 2)}× |`;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const out = [
    `- Date: ${new Date().toISOString()}; Node ${process.version} (${platform()} ${release()}); ${cpu} — ${availableParallelism()} cores; RAM ${fmt(totalmem() / 2 ** 30, 1)} GiB`,
    `- Load average at start: ${loadAtStart} (other processes on the machine skew the numbers)`,
    `- Log: ${fmt(head)} events (${process.env.BENCH_DATA_DIR ? dataDir : `${YEARS} generated years`}), warm OS page cache`,
    '',
    '| Read | Events | Seconds | Events/s | × raw |',
    '|---|---:|---:|---:|---:|',
    row(raw),
    ...reads.map(row),
    row(models),
    '',
    // On a loaded machine the pass waits for a core: what it used of one says more than its wall time.
    `The pass over every read model used ${fmt(models.cpuSeconds, 2)} s of CPU (the bench's process, its GC threads included) in its ${fmt(models.seconds, 2)} s.`,
    ...platformLines(ceiling),
    '',
    `_Total bench time ${fmt((performance.now() - benchStarted) / 1000)} s; load average at end ${load()}._`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  if (!KEEP) rmSync(temp, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
