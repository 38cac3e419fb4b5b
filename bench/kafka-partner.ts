/**
 * The Kafka benchmark's partner, in a process of its own as a buyer's system is:
 * sends buyer orders at a steady rate to `buyers.orders.v1` and reads the
 * cooperative's confirmations back from `coop.orders.v1`; latency = confirmation
 * received − the order's time on the send schedule, both measured here. Started by kafka.bench.ts over IPC
 * (a `PartnerRun` in, a `PartnerResult` out); not meant to be run by hand.
 */
import { performance } from 'node:perf_hooks';

import { fixKafkajsIdleLoop, kafkajsSecurity } from '@khai/integration';
import { Kafka, logLevel } from 'kafkajs';

import { cpuSecondsSince, orderRecord, type PartnerResult, type PartnerRun } from './kafka-orders';
import { benchKafkaSecurity } from './kafka-security';

/** Most orders in one produce request when the partner has fallen behind its schedule. */
const MAX_PER_SEND = 1000;
/**
 * How long the partner's producer waits, from the first order due, for more to send with it: the Java
 * producer's `linger.ms`, 5 ms by default since Kafka 4.0 (KIP-1030). The wait counts in the latency.
 */
const LINGER_MS = Number(process.env.BENCH_PARTNER_LINGER_MS ?? 5);
/** How often the partner's reader commits its offsets: the Java consumer's `auto.commit.interval.ms` default. */
const COMMIT_INTERVAL_MS = 5000;

// A partner's system on kafkajs would want the same fix: without it every connection wakes a thousand times a second.
fixKafkajsIdleLoop();

async function run({ brokers, prefix, rate, seconds, warmupSeconds }: PartnerRun): Promise<PartnerResult> {
  const partner = new Kafka({
    clientId: 'bench-partner-e2e',
    brokers: [...brokers],
    logLevel: logLevel.NOTHING,
    ...kafkajsSecurity(benchKafkaSecurity()),
  });
  const producer = partner.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const sentAt = new Map<string, number>();
  const bySecond: number[][] = Array.from({ length: seconds + 1 }, () => []);
  let t0 = 0;
  let received = 0;
  const warmup = rate * warmupSeconds;
  const latencies: number[] = [];
  const inbound: number[] = [];
  const outbound: number[] = [];
  const reader = partner.consumer({ groupId: `${prefix}reader`, maxWaitTimeInMs: 10 });
  await reader.connect();
  await reader.subscribe({ topics: [`${prefix}coop.orders.v1`], fromBeginning: false });
  let readerReady = false;
  reader.on(reader.events.GROUP_JOIN, () => (readerReady = true));
  // Offsets are committed every few seconds, as a Java consumer's auto-commit does, not after every fetch.
  await reader.run({
    autoCommit: false,
    autoCommitInterval: COMMIT_INTERVAL_MS,
    eachBatchAutoResolve: true,
    eachBatch: async (payload) => {
      const { batch } = payload;
      const now = performance.now();
      for (const message of batch.messages) {
        const key = message.key?.toString() ?? '';
        const sent = sentAt.get(key);
        if (sent !== undefined) received += 1;
        // Orders of the warm-up (JIT, caches, the first WAL pages) are not measured.
        if (sent !== undefined && Number(key.slice(4)) >= warmup) {
          const latency = now - sent;
          latencies.push(latency);
          bySecond[Math.floor((sent - t0) / 1000)]?.push(latency);
          // The confirmation carries the time its event was recorded: the legs before and after it (wall clock, ms).
          const recorded = Date.parse(
            (JSON.parse(message.value?.toString() ?? '{}') as { occurredAt?: string }).occurredAt ?? '',
          );
          const wallSent = performance.timeOrigin + sent;
          inbound.push(recorded - wallSent);
          outbound.push(performance.timeOrigin + now - recorded);
        }
        sentAt.delete(key);
      }
      await payload.commitOffsetsIfNecessary();
    },
  });
  await until(() => readerReady, 60_000);
  await new Promise((r) => setTimeout(r, 3000));

  // Each order has its time on a fixed schedule (rate per second), and its latency counts from that time, not from
  // when the producer got round to it: a partner that falls behind (a slow acknowledgement) sends what is due in one
  // go, and the wait is in the latency (no coordinated omission).
  process.send?.('sending');
  const cpuAtStart = process.cpuUsage();
  const total = rate * (warmupSeconds + seconds);
  const tick = 10;
  const start = performance.now();
  const due = (i: number) => start + (i * 1000) / rate;
  t0 = start + warmupSeconds * 1000;
  for (let sent = 0; sent < total;) {
    // A batch goes LINGER_MS after its first order fell due (at once when the partner is behind by more).
    const sendAt = due(sent) + LINGER_MS;
    if (performance.now() < sendAt) {
      await new Promise((r) => setTimeout(r, Math.max(1, Math.min(tick, sendAt - performance.now()))));
      continue;
    }
    const upTo = Math.min(total, sent + MAX_PER_SEND, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
    const batch = Array.from({ length: upTo - sent }, (_, j) => `E2E-${sent + j}`);
    batch.forEach((id, j) => sentAt.set(id, due(sent + j)));
    await producer.send({
      topic: `${prefix}buyers.orders.v1`,
      acks: -1,
      messages: batch.map((id) => orderRecord(id)),
    });
    sent = upTo;
  }
  const sendSeconds = (performance.now() - start) / 1000;
  await until(() => received >= total, 120_000);
  await reader.disconnect();
  await producer.disconnect();
  const worst = bySecond.map((list) => (list.length === 0 ? 0 : Math.round(Math.max(...list))));
  const sorted = (list: number[]) => list.sort((a, b) => a - b);
  return {
    latencies: sorted(latencies),
    worstBySecond: worst,
    latenciesBySecond: bySecond,
    inbound: sorted(inbound),
    outbound: sorted(outbound),
    sent: total,
    sendSeconds,
    cpuSeconds: cpuSecondsSince(cpuAtStart),
  };
}

async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('partner timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

process.once('message', (asked: PartnerRun) => {
  run(asked).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
