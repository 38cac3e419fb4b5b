/**
 * Kafka integration benchmark. Run: `npm run build --silent && KAFKA_BROKERS=127.0.0.1:9092 node dist/bench/kafka.bench.js`
 * (not tsx: esbuild emits no decorator metadata, which the Nest controllers need).
 *
 * Against a real broker, through the real code (kafkajs adapter, inbound pipeline with
 * class-validator, CommandBus, the sales decider, SQLite event store and inbox at
 * synchronous=FULL, outbox relay with its SQLite checkpoint):
 *   1. inbound: N buyer orders already on `buyers.orders.v1` (3 partitions, distinct keys)
 *      are consumed, validated, applied and committed — messages/s;
 *   2. outbound: the relay publishes the N `SalesOrderConfirmed` events from the log to
 *      `coop.orders.v1` (acks=all) and checkpoints — events/s;
 *   3. end to end: a partner sends orders at a steady rate and reads the confirmations
 *      back; latency = confirmation received − order sent (p50/p99).
 * Prints a Markdown report. Knobs: BENCH_MESSAGES (default 20000), BENCH_RATE (orders/s in
 * phase 3, default 1000), BENCH_SECONDS (phase 3, default 10). Topics carry a unique prefix.
 */
import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { EventStoreModule, SqliteCheckpointStore, SqliteEventStore } from '@khai/event-sourcing';
import { FeedModule } from '@khai/feed';
import {
  InboundPipeline,
  IntegrationModule,
  KafkaIntegrationBus,
  OutboxRelay,
  SqliteInboxStore,
} from '@khai/integration';
import { SalesModule } from '@khai/sales';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Kafka, logLevel } from 'kafkajs';

const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
const N = Number(process.env.BENCH_MESSAGES ?? 20_000);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const prefix = `bench-${Date.now().toString(36)}.`;
const log = (line: string) => process.stderr.write(`${line}\n`);

function order(orderId: string): string {
  return JSON.stringify({
    messageId: randomUUID(),
    occurredAt: new Date().toISOString(),
    schemaVersion: 1,
    buyerId: 'B-bench',
    orderId,
    orderedOn: '2026-11-20',
    deliveryOn: '2026-11-26',
    lines: [
      { size: 1, trays: 40, satangPerEgg: 385 },
      { size: 2, trays: 66, satangPerEgg: 365 },
    ],
  });
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('benchmark timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  if (brokers.length === 0) throw new Error('set KAFKA_BROKERS (deploy/local/kafka.sh start prints it)');
  const dir = mkdtempSync(join(tmpdir(), 'khai-kafka-bench-'));
  const partner = new Kafka({ clientId: 'bench-partner', brokers, logLevel: logLevel.NOTHING });
  const producer = partner.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const bus = new KafkaIntegrationBus({
    brokers,
    topicPrefix: prefix,
    logLevel: logLevel.NOTHING,
    maxWaitTimeInMs: Number(process.env.BENCH_MAX_WAIT_MS ?? 100),
  });
  await bus.ensureTopics(['buyers.orders.v1', 'buyers.orders.v1.dlq', 'coop.orders.v1'], 3);

  log(`producing ${N} orders to ${prefix}buyers.orders.v1 …`);
  for (let i = 0; i < N; i += 1000) {
    const messages = Array.from({ length: Math.min(1000, N - i) }, (_, j) => {
      const id = `SO-${i + j}`;
      return { key: id, value: order(id) };
    });
    await producer.send({ topic: `${prefix}buyers.orders.v1`, acks: -1, messages });
  }

  const store = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
  const checkpoints = new SqliteCheckpointStore(join(dir, 'checkpoints.sqlite'));
  const inbox = new SqliteInboxStore(join(dir, 'inbox.sqlite'));
  const app = await NestFactory.createApplicationContext(
    {
      module: class BenchModule {},
      imports: [
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(store, checkpoints),
        SalesModule,
        FeedModule,
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

  // 1. inbound
  log('phase 1: inbound …');
  let started = performance.now();
  const consumer = await bus.consume(`${prefix}coop`, ['buyers.orders.v1'], pipeline.handle);
  let firstAt = 0;
  await waitUntil(() => {
    if (firstAt === 0 && pipeline.counts.applied > 0) firstAt = performance.now();
    return pipeline.counts.applied + pipeline.counts.deadLettered >= N;
  }, 600_000);
  const inboundMs = performance.now() - firstAt;
  const inboundWithJoinMs = performance.now() - started;
  if (pipeline.counts.deadLettered > 0) throw new Error(`${pipeline.counts.deadLettered} dead-lettered`);

  // 2. outbound
  log('phase 2: outbound relay …');
  const head = await store.headPosition();
  started = performance.now();
  await relay.start();
  await relay.waitFor(head, 600_000);
  const outboundMs = performance.now() - started;

  // 3. end to end
  log(`phase 3: end to end at ${RATE}/s for ${SECONDS} s …`);
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const reader = partner.consumer({ groupId: `${prefix}reader`, maxWaitTimeInMs: 10 });
  await reader.connect();
  await reader.subscribe({ topics: [`${prefix}coop.orders.v1`], fromBeginning: false });
  let readerReady = false;
  reader.on(reader.events.GROUP_JOIN, () => (readerReady = true));
  await reader.run({
    eachMessage: async ({ message }) => {
      const sent = sentAt.get(message.key?.toString() ?? '');
      if (sent !== undefined) {
        latencies.push(performance.now() - sent);
        sentAt.delete(message.key?.toString() ?? '');
      }
    },
  });
  await waitUntil(() => readerReady, 60_000);
  await new Promise((r) => setTimeout(r, 3000));
  const total = RATE * SECONDS;
  const tick = 10;
  const perTick = Math.max(1, Math.round((RATE * tick) / 1000));
  const t0 = performance.now();
  for (let sent = 0; sent < total;) {
    const batch = Array.from({ length: Math.min(perTick, total - sent) }, (_, j) => `E2E-${sent + j}`);
    const now = performance.now();
    for (const id of batch) sentAt.set(id, now);
    await producer.send({
      topic: `${prefix}buyers.orders.v1`,
      acks: -1,
      messages: batch.map((id) => ({ key: id, value: order(id) })),
    });
    sent += batch.length;
    const due = t0 + (sent / RATE) * 1000;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await waitUntil(() => latencies.length >= total, 120_000);
  latencies.sort((a, b) => a - b);

  await reader.disconnect();
  await consumer.stop();
  await relay.stop();
  await app.close();
  await bus.close();
  await inbox.close();
  await store.close();
  await checkpoints.close();
  await producer.disconnect();
  rmSync(dir, { recursive: true, force: true });

  const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');
  console.log(`### Run ${new Date().toISOString()}

- Node ${process.version}; CPU ${cpus()[0]?.model ?? '?'} — ${availableParallelism()} cores; load at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}
- Broker: ${brokers.join(',')} (Apache Kafka on the same machine, sharing the cores); topics with 3 partitions
- Store: SQLite event store and inbox at synchronous=FULL (group commit), relay checkpoint in SQLite

| measure | result |
| --- | --- |
| inbound: ${N.toLocaleString('en-US')} buyer orders consumed, validated, applied (SalesOrderConfirmed), inbox recorded, offsets committed | **${rate(N, inboundMs)} messages/s** (${(inboundMs / 1000).toFixed(2)} s from the first applied; ${(inboundWithJoinMs / 1000).toFixed(2)} s with the group join) |
| outbound: relay from the log to \`coop.orders.v1\` (acks=all) with checkpoint | **${rate(N, outboundMs)} events/s** (${(outboundMs / 1000).toFixed(2)} s for ${N.toLocaleString('en-US')} events) |
| end to end at ${RATE.toLocaleString('en-US')} orders/s for ${SECONDS} s: partner sends an order → applied → relayed → partner receives the confirmation | **p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms**, max ${(latencies[latencies.length - 1] ?? NaN).toFixed(1)} ms (${latencies.length.toLocaleString('en-US')} orders) |
`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
