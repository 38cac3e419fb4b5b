/**
 * Event store benchmark (SQLite adapter). Run: `npm run bench:store`.
 *
 * Prints a Markdown report: machine, append throughput of `SqliteEventStore` at
 * synchronous=FULL next to the raw better-sqlite3 ceiling for the same rows and
 * the same rows per commit, and the catch-up read rate of $all.
 *
 * Knobs (environment): BENCH_WARMUP_MS (default 1000), BENCH_MEASURE_MS (default
 * 5000), BENCH_FILL_EVENTS (default 500000), BENCH_KEEP=1 keeps the temp files.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

import {
  type EventEnvelope,
  type ExpectedRevision,
  type RecordedEvent,
  SQLITE_EVENTS_SCHEMA,
  SQLITE_INSERT_EVENT,
  SQLITE_SELECT_ALL,
  sqliteEventRow,
  SqliteEventStore,
} from '@khai/event-sourcing';
import Database from 'better-sqlite3';

const WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 1000);
const MEASURE_MS = Number(process.env.BENCH_MEASURE_MS ?? 5000);
const FILL_EVENTS = Number(process.env.BENCH_FILL_EVENTS ?? 500_000);
const KEEP = process.env.BENCH_KEEP === '1';
/** Each writer starts a new stream after this many appends. */
const APPENDS_PER_STREAM = 100;
const READ_PAGE = 1000;
/** Measured passes per read scenario (after one warm-up pass); the median is reported. */
const READ_PASSES = 3;

// ---------------------------------------------------------------- workload

const SIZE_WEIGHTS = [0.03, 0.09, 0.21, 0.31, 0.22, 0.1, 0.04];
const REJECTS = ['CRACKED', 'DIRTY', 'BLOOD_SPOT'] as const;

/** Realistic domain data, shaped like the production lot events (EggsCollected opens a lot, LotGraded follows). */
function eventData(lotId: string, revision: number): { type: string; data: unknown } {
  const eggs = 20_000 + ((revision * 7919) % 9000);
  if (revision === 0) {
    return {
      type: 'EggsCollected',
      data: {
        lotId,
        memberId: 'member-0c6f1d2e-5b7a-4f38-9a41-2d8e6b1f0a93',
        farmId: 'farm-lamphun-ban-thi-017',
        flockId: 'flock-2026-h07-isa-brown',
        collectedOn: '2026-11-24',
        eggs,
        trays: Math.floor(eggs / 30),
        house: 'H07',
        round: 'morning',
        collectedBy: 'worker-118',
        note: 'conveyor 3 slow; 2 trays hand-collected',
      },
    };
  }
  const sizes = SIZE_WEIGHTS.map((w, size) => ({ size, eggs: Math.floor(eggs * w) }));
  const rejects = REJECTS.map((reason, i) => ({ reason, eggs: 3 + ((revision + i * 13) % 40) }));
  const gradedEggs = sizes.reduce((n, s) => n + s.eggs, 0);
  const rejectedEggs = rejects.reduce((n, r) => n + r.eggs, 0);
  return { type: 'LotGraded', data: { lotId, gradedOn: '2026-11-24', sizes, rejects, gradedEggs, rejectedEggs } };
}

/** One append call's events: full metadata, one correlation per call, each event caused by the one before. */
function batch(stream: string, firstRevision: number, count: number): EventEnvelope[] {
  const correlationId = randomUUID();
  const occurredAt = new Date().toISOString();
  const lotId = stream.slice(stream.indexOf('-') + 1);
  const events: EventEnvelope[] = [];
  let causationId = correlationId;
  for (let i = 0; i < count; i++) {
    const eventId = randomUUID();
    const { type, data } = eventData(lotId, firstRevision + i);
    events.push({
      type,
      data,
      metadata: {
        eventId,
        schemaVersion: 1,
        occurredAt,
        actor: 'user:grading-station-03@coop-cmlp',
        correlationId,
        causationId,
        idempotencyKey: `cmd-${correlationId}-${i}`,
      },
    });
    causationId = eventId;
  }
  return events;
}

/** One writer's position: its current stream and that stream's last revision (-1 = new stream). */
class StreamCursor {
  private calls = 0;
  stream = '';
  revision = -1;

  constructor(private readonly appendsPerStream: number) {
    this.newStream();
  }

  get expected(): ExpectedRevision {
    return this.revision < 0 ? 'no_stream' : this.revision;
  }

  advance(nextExpectedRevision: number): void {
    this.revision = nextExpectedRevision;
    if (++this.calls % this.appendsPerStream === 0) this.newStream();
  }

  private newStream(): void {
    this.stream = `lot-${randomUUID()}`;
    this.revision = -1;
  }
}

// ---------------------------------------------------------------- helpers

interface Scratch {
  readonly file: string;
  cleanup(): void;
}

function scratch(name: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), `khai-bench-${name}-`));
  return {
    file: join(dir, 'events.sqlite'),
    cleanup: () => {
      if (!KEEP) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Counts the adapter's group commits by wrapping its private `commitGroup`
 * transaction (bench-only instrumentation: one counter increment per commit).
 * Returns undefined if the adapter's internals have changed shape.
 */
function countCommits(store: SqliteEventStore): { count: number } | undefined {
  const internals = store as unknown as { commitGroup?: { immediate?: (group: unknown) => unknown } };
  const original = internals.commitGroup;
  if (typeof original?.immediate !== 'function') return undefined;
  const counter = { count: 0 };
  const immediate = original.immediate.bind(original);
  internals.commitGroup = {
    immediate: (group: unknown) => {
      counter.count += 1;
      return immediate(group);
    },
  };
  return counter;
}

const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// ---------------------------------------------------------------- appends

interface AppendResultRow {
  readonly appendsPerSec: number;
  readonly eventsPerSec: number;
  /** Appends per commit (adapter: measured group size; raw: fixed). */
  readonly appendsPerCommit: number;
  readonly p50Ms?: number;
  readonly p99Ms?: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

async function adapterAppends(eventsPerAppend: number, writers: number): Promise<AppendResultRow> {
  const tmp = scratch(`adapter-${eventsPerAppend}x${writers}`);
  const store = new SqliteEventStore({ filename: tmp.file, synchronous: 'FULL' });
  const commits = countCommits(store);
  let appends = 0;
  let measuring = false;
  let stop = false;
  const latencies: number[] = [];

  const loops = Array.from({ length: writers }, async () => {
    const cursor = new StreamCursor(APPENDS_PER_STREAM);
    while (!stop) {
      const events = batch(cursor.stream, cursor.revision + 1, eventsPerAppend);
      const started = performance.now();
      const result = await store.append(cursor.stream, events, cursor.expected);
      if (measuring) latencies.push(performance.now() - started);
      if (result.nextExpectedRevision !== cursor.revision + eventsPerAppend) throw new Error('unexpected revision');
      cursor.advance(result.nextExpectedRevision);
      appends += 1;
    }
  });

  await sleep(WARMUP_MS);
  const a0 = appends;
  const c0 = commits?.count ?? 0;
  const t0 = performance.now();
  measuring = true;
  await sleep(MEASURE_MS);
  const seconds = (performance.now() - t0) / 1000;
  const measured = appends - a0;
  const measuredCommits = (commits?.count ?? Number.NaN) - c0;
  measuring = false;
  stop = true;
  await Promise.all(loops);

  const head = await store.headPosition();
  if (head !== appends * eventsPerAppend)
    throw new Error(`head ${head} != ${appends * eventsPerAppend} events appended`);
  await store.close();
  tmp.cleanup();

  latencies.sort((a, b) => a - b);
  return {
    appendsPerSec: measured / seconds,
    eventsPerSec: (measured * eventsPerAppend) / seconds,
    appendsPerCommit: measured / measuredCommits,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

/**
 * The raw ceiling: the same rows (same envelopes, JSON-serialised the same way)
 * into the same table and indexes with the same pragmas, `callsPerCommit` append
 * calls per BEGIN IMMEDIATE … COMMIT — but no expected-revision check, no
 * event-id lookup, no savepoints, no promises.
 */
function rawAppends(eventsPerAppend: number, writers: number, callsPerCommit: number): AppendResultRow {
  const tmp = scratch(`raw-${eventsPerAppend}x${writers}`);
  const db = new Database(tmp.file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SQLITE_EVENTS_SCHEMA);
  const insert = db.prepare(SQLITE_INSERT_EVENT);
  const cursors = Array.from({ length: writers }, () => new StreamCursor(APPENDS_PER_STREAM));
  type Call = { cursor: StreamCursor; events: EventEnvelope[] };
  const commit = db.transaction((calls: readonly Call[]) => {
    for (const { cursor, events } of calls) {
      let revision = cursor.revision;
      for (const e of events) {
        revision += 1;
        insert.run(...sqliteEventRow(cursor.stream, revision, e));
      }
    }
  });

  let next = 0;
  const run = (ms: number): { calls: number; seconds: number } => {
    const t0 = performance.now();
    const end = t0 + ms;
    let calls = 0;
    while (performance.now() < end) {
      const group: Call[] = [];
      for (let i = 0; i < callsPerCommit; i++) {
        const cursor = cursors[next++ % writers] as StreamCursor;
        group.push({ cursor, events: batch(cursor.stream, cursor.revision + 1, eventsPerAppend) });
      }
      commit.immediate(group);
      for (const { cursor } of group) cursor.advance(cursor.revision + eventsPerAppend);
      calls += group.length;
    }
    return { calls, seconds: (performance.now() - t0) / 1000 };
  };

  run(WARMUP_MS);
  const { calls, seconds } = run(MEASURE_MS);
  db.close();
  tmp.cleanup();
  return {
    appendsPerSec: calls / seconds,
    eventsPerSec: (calls * eventsPerAppend) / seconds,
    appendsPerCommit: callsPerCommit,
  };
}

// ---------------------------------------------------------------- catch-up read

interface ReadRow {
  readonly label: string;
  readonly events: number;
  readonly seconds: number;
}

async function fill(file: string, total: number): Promise<{ seconds: number; bytes: number }> {
  // Filling is not what is measured: synchronous=NORMAL and 100-event appends
  // from 16 writers (1,600 events per commit) get 500k events in quickly.
  const store = new SqliteEventStore({ filename: file, synchronous: 'NORMAL' });
  const perAppend = 100;
  const writers = 16;
  let appended = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      const cursor = new StreamCursor(5);
      while (appended < total) {
        const n = Math.min(perAppend, total - appended);
        appended += n;
        const result = await store.append(cursor.stream, batch(cursor.stream, cursor.revision + 1, n), cursor.expected);
        cursor.advance(result.nextExpectedRevision);
      }
    }),
  );
  await store.close();
  return { seconds: (performance.now() - t0) / 1000, bytes: statSync(file).size };
}

async function catchUpReads(total: number): Promise<{ rows: ReadRow[]; fillSeconds: number; bytes: number }> {
  const tmp = scratch('read');
  log(`filling ${fmt(total)} events…`);
  const { seconds: fillSeconds, bytes } = await fill(tmp.file, total);
  log(`filled in ${fmt(fillSeconds, 1)} s; reading…`);

  // Fresh store on the filled file (default options, as an app would open it).
  const store = new SqliteEventStore({ filename: tmp.file });
  const head = await store.headPosition();

  const readAllPass = async (): Promise<number> => {
    let after = 0;
    let events = 0;
    for (;;) {
      const page: RecordedEvent[] = await store.readAll({ after, maxCount: READ_PAGE });
      if (page.length === 0) break;
      events += page.length;
      after = (page[page.length - 1] as RecordedEvent).position;
    }
    return events;
  };

  const subscribePass = async (): Promise<number> => {
    let events = 0;
    let reachedHead: () => void = () => undefined;
    const caughtUp = new Promise<void>((resolve) => (reachedHead = resolve));
    const subscription = store.subscribeToAll(
      (event) => {
        events += 1;
        if (event.position === head) reachedHead();
      },
      { batchSize: READ_PAGE },
    );
    await Promise.race([caughtUp, subscription.done]);
    await subscription.stop();
    return events;
  };

  // For reference: the same paged SELECT straight from better-sqlite3, rows as strings (no JSON.parse, no objects).
  const db = new Database(tmp.file, { readonly: true });
  const select = db.prepare<[number, number, number], unknown[]>(SQLITE_SELECT_ALL).raw(true);
  const rawPass = async (): Promise<number> => {
    let after = 0;
    let events = 0;
    for (;;) {
      const page = select.all(after, Number.MAX_SAFE_INTEGER, READ_PAGE);
      if (page.length === 0) break;
      events += page.length;
      after = (page[page.length - 1] as [number])[0];
    }
    return events;
  };

  const passes: Array<{ label: string; pass: () => Promise<number> }> = [
    { label: `\`readAll\` from 0 to head, pages of ${fmt(READ_PAGE)}`, pass: readAllPass },
    {
      label: `\`subscribeToAll\` catch-up from 0 to head (batch ${fmt(READ_PAGE)}, no-op handler)`,
      pass: subscribePass,
    },
    { label: `raw better-sqlite3, same paged SELECT, strings only (reference)`, pass: rawPass },
  ];
  const rows: ReadRow[] = [];
  for (const { label, pass } of passes) {
    await pass(); // warm-up: one full pass
    const runs: number[] = [];
    for (let i = 0; i < READ_PASSES; i++) {
      const t0 = performance.now();
      const events = await pass();
      if (events !== head) throw new Error(`${label}: saw ${events} of ${head} events`);
      runs.push((performance.now() - t0) / 1000);
    }
    runs.sort((a, b) => a - b);
    rows.push({ label, events: head, seconds: runs[Math.floor(runs.length / 2)] as number });
  }
  db.close();
  await store.close();
  tmp.cleanup();
  return { rows, fillSeconds, bytes };
}

// ---------------------------------------------------------------- report

async function main(): Promise<void> {
  const started = performance.now();
  const cpu = cpus()[0]?.model ?? 'unknown';
  const sqliteVersion = (() => {
    const db = new Database(':memory:');
    const v = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    db.close();
    return v;
  })();
  const sample = batch('lot-00000000-0000-4000-8000-000000000000', 0, 2);
  const dataBytes = sample.map((e) => Buffer.byteLength(JSON.stringify(e.data)));
  const metadataBytes = Buffer.byteLength(JSON.stringify(sample[1]?.metadata));

  const out: string[] = [];
  out.push('## Event store (SQLite) — benchmark run', '');
  out.push(`- Date: ${new Date().toISOString()}`);
  out.push(`- Node: ${process.version} (${platform()} ${release()}), SQLite ${sqliteVersion} (better-sqlite3)`);
  out.push(
    `- CPU: ${cpu} — ${cpus().length} cores (availableParallelism ${availableParallelism()}), RAM ${fmt(totalmem() / 2 ** 30, 1)} GiB`,
  );
  out.push(`- Temp dir: ${tmpdir()} (a fresh SQLite file per scenario)`);
  out.push(
    `- Load average at start: ${loadavg()
      .map((l) => fmt(l, 2))
      .join(' ')} (other processes on the machine skew the numbers)`,
  );
  out.push(
    `- Payload: data ${dataBytes.join(' / ')} bytes (EggsCollected / LotGraded JSON), metadata ${metadataBytes} bytes`,
  );
  out.push(
    `- Warm-up ${fmt(WARMUP_MS)} ms, measured ${fmt(MEASURE_MS)} ms per append scenario; new stream every ${APPENDS_PER_STREAM} appends per writer`,
  );
  out.push('');

  const scenarios: Array<{ eventsPerAppend: number; writers: number }> = [
    { eventsPerAppend: 1, writers: 1 },
    { eventsPerAppend: 1, writers: 32 },
    { eventsPerAppend: 10, writers: 1 },
    { eventsPerAppend: 10, writers: 32 },
  ];
  const results: Array<{ eventsPerAppend: number; writers: number; adapter: AppendResultRow; raw: AppendResultRow }> =
    [];
  for (const { eventsPerAppend, writers } of scenarios) {
    log(`adapter: ${eventsPerAppend} event(s)/append × ${writers} writer(s)…`);
    const adapter = await adapterAppends(eventsPerAppend, writers);
    // Same rows per commit as the adapter's group commit: one call per commit for 1 writer, one per writer otherwise.
    log(`raw: ${writers * eventsPerAppend} row(s)/commit…`);
    const raw = rawAppends(eventsPerAppend, writers, writers);
    results.push({ eventsPerAppend, writers, adapter, raw });
  }

  out.push('### Appends, synchronous=FULL', '');
  out.push(
    '| Events/append | Writers | Adapter appends/s | Adapter events/s | Appends/commit (measured) | p50 / p99 append latency | Raw rows/commit | Raw appends/s | Raw events/s | Adapter / raw |',
  );
  out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { eventsPerAppend, writers, adapter, raw } of results) {
    out.push(
      `| ${eventsPerAppend} | ${writers} | ${fmt(adapter.appendsPerSec)} | ${fmt(adapter.eventsPerSec)} | ${fmt(adapter.appendsPerCommit, 1)} | ${fmt(adapter.p50Ms ?? NaN, 2)} / ${fmt(adapter.p99Ms ?? NaN, 2)} ms | ${fmt(raw.appendsPerCommit * eventsPerAppend)} | ${fmt(raw.appendsPerSec)} | ${fmt(raw.eventsPerSec)} | ${fmt(adapter.eventsPerSec / raw.eventsPerSec, 2)} |`,
    );
  }
  out.push('');

  const reads = await catchUpReads(FILL_EVENTS);
  out.push('### Catch-up read of $all', '');
  out.push(
    `Filled with ${fmt(FILL_EVENTS)} events (adapter, synchronous=NORMAL, 16 writers × 100-event appends) in ${fmt(reads.fillSeconds, 1)} s; file ${fmt(reads.bytes / 2 ** 20, 0)} MiB; read with a warm OS page cache; median of ${READ_PASSES} full passes after one warm-up pass.`,
    '',
  );
  out.push('| Read | Events | Seconds | Events/s |');
  out.push('|---|---:|---:|---:|');
  for (const r of reads.rows)
    out.push(`| ${r.label} | ${fmt(r.events)} | ${fmt(r.seconds, 2)} | ${fmt(r.events / r.seconds)} |`);
  out.push('');

  const single32 = results.find((r) => r.eventsPerAppend === 1 && r.writers === 32);
  const batch10 = results.filter((r) => r.eventsPerAppend === 10);
  const readAllRate = (reads.rows[0] as ReadRow).events / (reads.rows[0] as ReadRow).seconds;
  const subRate = (reads.rows[1] as ReadRow).events / (reads.rows[1] as ReadRow).seconds;
  const mark = (ok: boolean): string => (ok ? 'met' : '**missed**');
  out.push('### Goals', '');
  out.push('| Goal | Measured | |');
  out.push('|---|---|---|');
  if (single32) {
    out.push(
      `| ≥ 10,000 single-event appends/s, 32 writers, synchronous=FULL | ${fmt(single32.adapter.appendsPerSec)} appends/s | ${mark(single32.adapter.appendsPerSec >= 10_000)} |`,
    );
  }
  for (const r of batch10) {
    const ratio = r.adapter.eventsPerSec / r.raw.eventsPerSec;
    out.push(
      `| ≥ 0.5× raw ceiling, 10-event appends, ${r.writers} writer(s) | ${fmt(ratio, 2)}× | ${mark(ratio >= 0.5)} |`,
    );
  }
  out.push(
    `| ≥ 300,000 events/s catch-up read (\`readAll\`) | ${fmt(readAllRate)} events/s | ${mark(readAllRate >= 300_000)} |`,
  );
  out.push(
    `| ≥ 300,000 events/s catch-up read (\`subscribeToAll\`) | ${fmt(subRate)} events/s | ${mark(subRate >= 300_000)} |`,
  );
  out.push('');
  out.push(
    `_Total bench time ${fmt((performance.now() - started) / 1000, 0)} s; load average at end ${loadavg()
      .map((l) => fmt(l, 2))
      .join(' ')}._`,
  );

  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
