/**
 * Kafka integration benchmark. Run: `npm run build --silent && KAFKA_BROKERS=127.0.0.1:9092 node dist/bench/kafka.bench.js`
 * (not tsx: esbuild emits no decorator metadata, which the Nest controllers need).
 *
 * Against a real broker, through the real code (kafkajs adapter, inbound pipeline with
 * class-validator, CommandBus, the sales decider, SQLite event store (synchronous=FULL) and inbox
 * (synchronous=NORMAL, its default), outbox relay with its SQLite checkpoint):
 *   1. inbound: N buyer orders already on `buyers.orders.v1` (3 partitions, distinct keys)
 *      are consumed, validated, applied and committed — messages/s;
 *   2. outbound: the relay publishes the N `SalesOrderConfirmed` events from the log to
 *      `coop.orders.v1` (acks=all) and checkpoints — events/s;
 *   3. end to end: a partner, in a process of its own (bench/kafka-partner.ts), sends orders
 *      at a steady rate and reads the confirmations back; latency = confirmation received −
 *      order sent (p50/p99), while the cooperative applies and relays them here.
 * Prints a Markdown report (with the machine's speed check, phase 3's CPU shares including what the hypervisor stole,
 * and what stalled the main thread: loop delay, GC pauses), and one table row per run on stderr. BENCH_PROFILE=<file> writes a CPU profile of the cooperative's process
 * during phase 3 (or phase 1 or 2 with BENCH_PROFILE_PHASE=1|2; what it allocates instead with BENCH_PROFILE_KIND=heap). Knobs: BENCH_MESSAGES (default 20000), BENCH_RATE (orders/s in
 * phase 3, default 1000), BENCH_SECONDS (phase 3, default 10), BENCH_WARMUP_SECONDS (sent at
 * the same rate before phase 3's measured seconds, default 2), BENCH_MAX_WAIT_MS (consumer fetch wait, 100),
 * BENCH_LINGER_MS (relay, 5), BENCH_KEY_CONCURRENCY (keys of a batch handled at once, 64),
 * BENCH_SQLITE_SYNCHRONOUS (the event store's, FULL), BENCH_SYNC_ON (where FULL's syncs are made: pool, as the platform
 * runs, or commit), BENCH_INBOX_SYNCHRONOUS (the inbox's, NORMAL), BENCH_RELAY
 * (thread|main), BENCH_CHECKPOINTS (thread|inline).
 * Topics carry a unique prefix.
 */
import 'reflect-metadata';

import { fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';

import {
  type AnyUseCase,
  EventStoreModule,
  SqliteCheckpointStore,
  SqliteEventStore,
  syncToDisk,
  UseCaseRunner,
} from '@khai/event-sourcing';
import { FeedModule } from '@khai/feed';
import {
  DEFAULT_RELAY_OPTIONS,
  InboundPipeline,
  IntegrationModule,
  KafkaIntegrationBus,
  kafkajsSecurity,
  OutboxRelay,
  RelayThread,
  SqliteInboxStore,
} from '@khai/integration';
import { RegistryModule, registryUseCases } from '@khai/registry';
import { SalesModule } from '@khai/sales';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Kafka, logLevel } from 'kafkajs';

import {
  BENCH_BUYER,
  cpuSecondsSince,
  orderRecord,
  type PartnerResult,
  type PartnerRun,
  percentile,
  whileCoresThere,
} from './kafka-orders';
import { benchKafkaSecurity } from './kafka-security';
import { speedCheck } from './speed-check';

const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
const N = Number(process.env.BENCH_MESSAGES ?? 20_000);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** The SQLite event store's `synchronous` (FULL, the default, or NORMAL). */
const SYNCHRONOUS = process.env.BENCH_SQLITE_SYNCHRONOUS === 'NORMAL' ? 'NORMAL' : 'FULL';
/** Where the event store's FULL syncs are made: on libuv's pool (as the platform runs; the default) or in each commit. */
const SYNC_ON = process.env.BENCH_SYNC_ON === 'commit' ? 'commit' : 'pool';
/** The inbox's `synchronous`: NORMAL, its default (see SqliteInboxStore), or FULL. */
const INBOX_SYNCHRONOUS = process.env.BENCH_INBOX_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL';
/** SQLite checkpoints of the event store and inbox on threads of their own (as the platform runs), or with BENCH_CHECKPOINTS=inline in the commits. */
const CHECKPOINT_THREAD = process.env.BENCH_CHECKPOINTS !== 'inline';
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/** Where to write a CPU profile of the cooperative's side during phase 3 (a .cpuprofile for Chrome DevTools). */
const PROFILE = process.env.BENCH_PROFILE;
/**
 * Phase 3's relay: on a worker thread (`RelayThread`, as the platform runs it with Kafka; the default)
 * or, with BENCH_RELAY=main, on the main thread beside the inbound consumer.
 */
const RELAY_THREAD = (process.env.BENCH_RELAY ?? 'thread') !== 'main';
/** The phase profiled: 3 (end to end, the default) or 1 (inbound flat out). */
const PROFILE_PHASE = process.env.BENCH_PROFILE_PHASE ?? '3';
const PROFILE_KIND = process.env.BENCH_PROFILE_KIND === 'heap' ? 'heap' : 'cpu';
const prefix = `bench-${Date.now().toString(36)}.`;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('benchmark timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A CPU profile, or with BENCH_PROFILE_KIND=heap a sampling profile of what is allocated (kept or not). */
async function startProfiler(): Promise<{ stopInto(path: string): Promise<void> }> {
  const session = new Session();
  session.connect();
  if (PROFILE_KIND === 'heap') {
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 16_384,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  } else {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  return {
    async stopInto(path) {
      const { profile } =
        PROFILE_KIND === 'heap' ? await session.post('HeapProfiler.stopSampling') : await session.post('Profiler.stop');
      writeFileSync(path, JSON.stringify(profile));
      session.disconnect();
      log(`${PROFILE_KIND === 'heap' ? 'allocation' : 'CPU'} profile written to ${path}`);
    },
  };
}

const pct = (fraction: number) => `${(fraction * 100).toFixed(0)} %`;

/**
 * The machine's CPU time counters (/proc/stat, in ticks): busy (user, system, interrupts), stolen (time the
 * hypervisor gave this virtual machine's cores to others) and all; undefined where there is no /proc.
 */
function machineTicks(): { busy: number; steal: number; all: number } | undefined {
  try {
    const [, ...fields] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields.map(Number);
    const busy = user + nice + system + irq + softirq;
    return { busy, steal, all: busy + steal + idle + iowait };
  } catch {
    return undefined;
  }
}

/** The shares of all cores busy and stolen since `start`. */
function machineSince(start: ReturnType<typeof machineTicks>): { busy: number; steal: number } | undefined {
  const now = machineTicks();
  if (!start || !now || now.all === start.all) return undefined;
  const all = now.all - start.all;
  return { busy: (now.busy - start.busy) / all, steal: (now.steal - start.steal) / all };
}

/** The share of the cores stolen by the hypervisor in each second from `start()` to `stop()`, in per cent. */
function stealBySecond(): { start(): void; stop(): number[] } {
  const shares: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  return {
    start() {
      let last = machineTicks();
      timer = setInterval(() => {
        const now = machineTicks();
        if (last && now && now.all > last.all)
          shares.push(Math.round((100 * (now.steal - last.steal)) / (now.all - last.all)));
        last = now;
      }, 1000);
    },
    stop() {
      clearInterval(timer);
      return shares;
    },
  };
}

/**
 * The event store's syncs of its WAL (with `syncOn: 'pool'`), timed: how long the disk takes to make a group durable,
 * which every append of the group waits for. `sync` is the store's `syncWal`; `report` gives, from `reset()` on, the
 * count, p50/p99/max, and the longest sync begun in each second.
 */
function timedSyncs(): {
  readonly sync: (fd: number) => Promise<void>;
  reset(): void;
  report(): { summary: string; bySecond: number[] };
} {
  let since = performance.now();
  let syncs: { at: number; ms: number }[] = [];
  return {
    sync: (fd) => {
      const at = performance.now();
      return syncToDisk(fd).finally(() => syncs.push({ at, ms: performance.now() - at }));
    },
    reset() {
      since = performance.now();
      syncs = [];
    },
    report() {
      const ms = syncs.map((s) => s.ms).sort((a, b) => a - b);
      const bySecond: number[] = [];
      for (const { at, ms: took } of syncs) {
        const second = Math.floor((at - since) / 1000);
        bySecond[second] = Math.max(bySecond[second] ?? 0, Math.round(took));
      }
      const summary =
        ms.length === 0
          ? 'none'
          : `${ms.length} (${(ms.length / ((performance.now() - since) / 1000)).toFixed(0)}/s), p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, max ${(ms[ms.length - 1] ?? 0).toFixed(1)} ms`;
      return { summary, bySecond: Array.from(bySecond, (v) => v ?? 0) };
    },
  };
}

/**
 * What held the main thread up in phase 3: its event loop's delay (how late a 10 ms timer fires: p99 and max) and
 * V8's garbage-collection pauses (count, total, longest). Tells a tail made by the main thread stalling from one made
 * by queueing.
 */
function mainThreadStalls(): { reset(): void; stop(): string } {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let pauses: { kind: string; ms: number }[] = [];
  const kinds: Record<number, string> = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
  };
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } | null }).detail?.kind ?? 0;
      pauses.push({ kind: kinds[kind] ?? 'other', ms: entry.duration });
    }
  });
  delay.enable();
  gc.observe({ entryTypes: ['gc'] });
  return {
    reset() {
      delay.reset();
      pauses = [];
    },
    stop() {
      delay.disable();
      gc.disconnect();
      const ms = (ns: number) => (ns / 1e6).toFixed(1);
      const byKind = [...new Set(pauses.map((p) => p.kind))].map((kind) => {
        const of = pauses.filter((p) => p.kind === kind).map((p) => p.ms);
        const total = of.reduce((a, b) => a + b, 0);
        return `${of.length} ${kind} (${total.toFixed(0)} ms, longest ${Math.max(...of).toFixed(1)} ms)`;
      });
      return `loop delay p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms; GC pauses: ${byKind.join(', ') || 'none'}`;
    },
  };
}

/** Forks dist/bench/kafka-partner.js, hands it the run, calls `sending` when it starts to send, and returns its result. */
function runPartner(asked: PartnerRun, sending: () => void): Promise<PartnerResult> {
  return new Promise((resolve, reject) => {
    // The partner is a system of its own: Node's defaults, not the cooperative's flags.
    const child = fork(join(__dirname, 'kafka-partner.js'), { stdio: 'inherit', execArgv: [] });
    child.on('message', (message: PartnerResult | 'sending') => {
      if (message === 'sending') return sending();
      log(`worst latency of each second's orders (ms): ${message.worstBySecond.join(' ')}`);
      resolve(message);
    });
    child.once('exit', (code) => reject(new Error(`the partner process exited with ${code}`)));
    child.send(asked);
  });
}

async function main(): Promise<void> {
  if (brokers.length === 0) throw new Error('set KAFKA_BROKERS (deploy/local/kafka.sh start prints it)');
  const speedBefore = speedCheck();
  const dir = mkdtempSync(join(tmpdir(), 'khai-kafka-bench-'));
  const security = benchKafkaSecurity();
  const partner = new Kafka({
    clientId: 'bench-partner',
    brokers,
    logLevel: logLevel.NOTHING,
    ...kafkajsSecurity(security),
  });
  const producer = partner.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const bus = new KafkaIntegrationBus({
    brokers,
    topicPrefix: prefix,
    security,
    logLevel: logLevel.NOTHING,
    maxWaitTimeInMs: Number(process.env.BENCH_MAX_WAIT_MS ?? 100),
    keyConcurrency: Number(process.env.BENCH_KEY_CONCURRENCY ?? 64),
  });
  await bus.ensureTopics(['buyers.orders.v1', 'buyers.orders.v1.dlq', 'coop.orders.v1'], 3);

  log(`producing ${N} orders to ${prefix}buyers.orders.v1 …`);
  for (let i = 0; i < N; i += 1000) {
    const messages = Array.from({ length: Math.min(1000, N - i) }, (_, j) => orderRecord(`SO-${i + j}`));
    await producer.send({ topic: `${prefix}buyers.orders.v1`, acks: -1, messages });
  }

  const syncs = timedSyncs();
  const store = new SqliteEventStore({
    filename: join(dir, 'events.sqlite'),
    synchronous: SYNCHRONOUS,
    syncOn: SYNC_ON,
    syncWal: syncs.sync,
    checkpointThread: CHECKPOINT_THREAD,
  });
  const checkpoints = new SqliteCheckpointStore(join(dir, 'checkpoints.sqlite'));
  const inbox = new SqliteInboxStore(join(dir, 'inbox.sqlite'), {
    synchronous: INBOX_SYNCHRONOUS,
    checkpointThread: CHECKPOINT_THREAD,
  });
  const app = await NestFactory.createApplicationContext(
    {
      module: class BenchModule {},
      imports: [
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(store, checkpoints),
        SalesModule,
        FeedModule,
        // Orders are taken only from a registered buyer: the registry answers sales' check.
        RegistryModule,
        // Started by hand below, one direction at a time.
        IntegrationModule.forRoot({
          enabled: false,
          bus,
          inbox,
          relay: { lingerMs: Number(process.env.BENCH_LINGER_MS ?? 5) },
        }),
      ],
    },
    { logger: ['error'] },
  );
  const pipeline = app.get(InboundPipeline);
  const relay = app.get(OutboxRelay);
  const registerPartner: AnyUseCase | undefined = registryUseCases.find(
    (useCase) => useCase.name === 'RegisterPartner',
  );
  if (!registerPartner) throw new Error('the registry has no RegisterPartner use case');
  await app
    .get(UseCaseRunner)
    .run(
      registerPartner,
      { partnerId: BENCH_BUYER, name: 'Bench buyer', kind: 'BUYER', channel: 'WHOLESALER', registeredOn: '2020-01-01' },
      { actor: 'bench' },
    );

  // 1. inbound
  log('phase 1: inbound …');
  let started = performance.now();
  let cpuAtPhase = process.cpuUsage();
  const inboundProfiler = PROFILE && PROFILE_PHASE === '1' ? await startProfiler() : undefined;
  const consumer = await bus.consume(`${prefix}coop`, ['buyers.orders.v1'], pipeline.handle);
  let firstAt = 0;
  await waitUntil(() => {
    if (firstAt === 0 && pipeline.counts.applied > 0) firstAt = performance.now();
    return pipeline.counts.applied + pipeline.counts.deadLettered >= N;
  }, 600_000);
  const inboundMs = performance.now() - firstAt;
  const inboundCpu = cpuSecondsSince(cpuAtPhase);
  const inboundWithJoinMs = performance.now() - started;
  if (inboundProfiler && PROFILE) await inboundProfiler.stopInto(PROFILE);
  if (pipeline.counts.deadLettered > 0) throw new Error(`${pipeline.counts.deadLettered} dead-lettered`);

  // 2. outbound
  log('phase 2: outbound relay …');
  const head = await store.headPosition();
  started = performance.now();
  cpuAtPhase = process.cpuUsage();
  const outboundProfiler = PROFILE && PROFILE_PHASE === '2' ? await startProfiler() : undefined;
  await relay.start();
  await relay.waitFor(head, 600_000);
  const outboundMs = performance.now() - started;
  const outboundCpu = cpuSecondsSince(cpuAtPhase);
  if (outboundProfiler && PROFILE) await outboundProfiler.stopInto(PROFILE);

  // 3. end to end, with the partner in a process of its own (as a buyer's system is)
  log(`phase 3: end to end at ${RATE}/s for ${SECONDS} s, partner in its own process …`);
  let relayThread: RelayThread | undefined;
  if (RELAY_THREAD) {
    // The relay leaves the main thread: stopped here, started on its own thread over the same files.
    await relay.stop();
    relayThread = new RelayThread({
      events: { kind: 'sqlite', filename: join(dir, 'events.sqlite'), signal: store.appendSignal },
      checkpointsFile: join(dir, 'checkpoints.sqlite'),
      kafka: { brokers, clientId: 'bench-relay', topicPrefix: prefix, security },
      relay: { ...DEFAULT_RELAY_OPTIONS, lingerMs: Number(process.env.BENCH_LINGER_MS ?? 5) },
    });
    await relayThread.start();
  }
  const profiler = PROFILE && PROFILE_PHASE === '3' ? await startProfiler() : undefined;
  // CPU is counted from the partner's first send (not its reader's group join) to its last confirmation.
  let cpuAtStart = process.cpuUsage();
  let loopAtStart = performance.eventLoopUtilization();
  let machineAtStart = machineTicks();
  let phase3Start = performance.now();
  const stalls = mainThreadStalls();
  const stolen = stealBySecond();
  const { latencies, latenciesBySecond, inbound, outbound, sent, sendSeconds, cpuSeconds } = await runPartner(
    { brokers, prefix, rate: RATE, seconds: SECONDS, warmupSeconds: WARMUP },
    () => {
      cpuAtStart = process.cpuUsage();
      loopAtStart = performance.eventLoopUtilization();
      machineAtStart = machineTicks();
      phase3Start = performance.now();
      stalls.reset();
      syncs.reset();
      stolen.start();
    },
  );
  const stalled = stalls.stop();
  const stolenBySecond = stolen.stop();
  log(`stolen by the hypervisor in each second of phase 3 (%): ${stolenBySecond.join(' ')}`);
  const calm = whileCoresThere(latenciesBySecond, stolenBySecond, WARMUP);
  const calmP99 = `${calm.latencies.length > 0 ? `${percentile(calm.latencies, 99).toFixed(1)} ms` : 'none'} (${calm.seconds} of ${SECONDS} s)`;
  const synced = syncs.report();
  log(`longest event-store sync begun in each second of phase 3 (ms): ${synced.bySecond.join(' ')}`);
  const phase3Seconds = (performance.now() - phase3Start) / 1000;
  const cooperativeCpu = cpuSecondsSince(cpuAtStart);
  const mainThreadBusy = performance.eventLoopUtilization(loopAtStart).utilization;
  const machine = machineSince(machineAtStart);
  if (profiler && PROFILE) await profiler.stopInto(PROFILE);

  await consumer.stop();
  await relay.stop();
  await relayThread?.stop();
  await app.close();
  await bus.close();
  // The run's topics go, so that runs do not pile partitions up on the broker.
  const admin = partner.admin();
  await admin.connect();
  const mine = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
  await admin.deleteTopics({ topics: mine });
  await admin.disconnect();
  await inbox.close();
  await store.close();
  await checkpoints.close();
  await producer.disconnect();
  rmSync(dir, { recursive: true, force: true });

  const speedAfter = speedCheck();
  const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
  // One line per run for the tables of docs/benchmarks.md (on stderr, beside the report).
  log(
    `table row: | ${RATE.toLocaleString('en-US')}/s, ${SECONDS} s | ${speedBefore.toFixed(1)} / ${speedAfter.toFixed(1)} | ` +
      `${rate(N, inboundMs)}/s | ${((inboundCpu * 1e6) / N).toFixed(0)} / ${((outboundCpu * 1e6) / N).toFixed(0)} µs | ` +
      `${rate(N, outboundMs)}/s | ${percentile(latencies, 50).toFixed(1)} ms | ${percentile(latencies, 99).toFixed(1)} ms | ` +
      `${percentile(inbound, 99).toFixed(0)} / ${percentile(outbound, 99).toFixed(0)} ms | ` +
      `${pct(cooperativeCpu / phase3Seconds)} / ${pct(mainThreadBusy)} / ${pct(cpuSeconds / phase3Seconds)} / ` +
      `${machine === undefined ? 'n/a' : `${pct(machine.busy)} / ${pct(machine.steal)}`} | ${stalled}; syncs: ${synced.summary} | ` +
      `p99 while the cores were there ${calmP99} |`,
  );
  console.log(`### Run ${new Date().toISOString()}

- Node ${process.version} (flags: ${process.execArgv.join(' ') || 'none'}); CPU ${cpus()[0]?.model ?? '?'} — ${availableParallelism()} cores; load at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}
- Speed check (\`parseMessage\` of a buyer order, one thread; lower is faster): ${speedBefore.toFixed(1)} µs before phase 1, ${speedAfter.toFixed(1)} µs after phase 3
- Broker: ${brokers.join(',')} (Apache Kafka on the same machine, sharing the cores); topics with 3 partitions
- Store: SQLite event store at synchronous=${SYNCHRONOUS} (group commit; synced ${SYNC_ON === 'pool' ? "on libuv's pool" : 'in each commit'}), inbox at synchronous=${INBOX_SYNCHRONOUS}, WAL checkpoints ${CHECKPOINT_THREAD ? 'on threads of their own' : 'inside the commits'}, relay checkpoint in SQLite
- Relay in phase 3: ${RELAY_THREAD ? 'on its own worker thread (RelayThread)' : 'on the main thread'}; in phase 2 on the main thread

| measure | result |
| --- | --- |
| inbound: ${N.toLocaleString('en-US')} buyer orders consumed, validated, applied (SalesOrderConfirmed), inbox recorded, offsets committed | **${rate(N, inboundMs)} messages/s** (${(inboundMs / 1000).toFixed(2)} s from the first applied; ${(inboundWithJoinMs / 1000).toFixed(2)} s with the group join; ${((inboundCpu * 1e6) / N).toFixed(0)} µs of CPU per message, all threads, join included) |
| outbound: relay from the log to \`coop.orders.v1\` (acks=all) with checkpoint | **${rate(N, outboundMs)} events/s** (${(outboundMs / 1000).toFixed(2)} s for ${N.toLocaleString('en-US')} events; ${((outboundCpu * 1e6) / N).toFixed(0)} µs of CPU per event) |
| end to end at ${RATE.toLocaleString('en-US')} orders/s for ${SECONDS} s after ${WARMUP} s of warm-up: partner (own process) sends an order → applied → relayed → partner receives the confirmation | **p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms**, max ${(latencies[latencies.length - 1] ?? NaN).toFixed(1)} ms (${latencies.length.toLocaleString('en-US')} orders) |
| … the partner's sending: orders sent on schedule (latency counts from each order's time on the schedule) | ${sent.toLocaleString('en-US')} orders in ${sendSeconds.toFixed(2)} s (${rate(sent, sendSeconds * 1000)}/s; on schedule: ${(sent / RATE).toFixed(2)} s) |
| … CPU while the partner sends and reads (${phase3Seconds.toFixed(1)} s): the cooperative's process (all threads) / its main thread's event loop busy / the partner's process / the machine busy / stolen by the hypervisor | ${pct(cooperativeCpu / phase3Seconds)} / ${pct(mainThreadBusy)} of a core / ${pct(cpuSeconds / phase3Seconds)} / ${machine === undefined ? 'n/a' : `${pct(machine.busy)} / ${pct(machine.steal)} of ${availableParallelism()} cores`} |
| … the main thread's stalls while the partner sends and reads | ${stalled} |
| … the event store's syncs of its WAL (${SYNC_ON === 'pool' ? "on libuv's pool" : 'none timed: SQLite syncs in each commit'}) while the partner sends and reads | ${synced.summary} |
| … p99 of the orders sent while the machine had its cores: seconds in which, and in the second after and the three before, the hypervisor took under 10 % | ${calmP99} |
| … of which order sent → event recorded (inbound leg) / event recorded → confirmation received (outbound leg) | p50 ${percentile(inbound, 50).toFixed(0)} / ${percentile(outbound, 50).toFixed(0)} ms, p99 ${percentile(inbound, 99).toFixed(0)} / ${percentile(outbound, 99).toFixed(0)} ms |
`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
