/**
 * The Kafka benchmark's partner, in a process of its own as a buyer's system is:
 * sends buyer orders at a steady rate to `buyers.orders.v1` and reads the
 * cooperative's confirmations back from `coop.orders.v1`; latency = confirmation
 * received − order sent, both measured here. Started by kafka.bench.ts over IPC
 * (a `PartnerRun` in, a `PartnerResult` out); not meant to be run by hand.
 */
import { performance } from 'node:perf_hooks';

import { Kafka, logLevel } from 'kafkajs';

import { order, type PartnerResult, type PartnerRun } from './kafka-orders';

async function run({ brokers, prefix, rate, seconds, warmupSeconds }: PartnerRun): Promise<PartnerResult> {
  const partner = new Kafka({ clientId: 'bench-partner-e2e', brokers: [...brokers], logLevel: logLevel.NOTHING });
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
  await reader.run({
    eachMessage: async ({ message }) => {
      const key = message.key?.toString() ?? '';
      const sent = sentAt.get(key);
      if (sent !== undefined) received += 1;
      // Orders of the warm-up (JIT, caches, the first WAL pages) are not measured.
      if (sent !== undefined && Number(key.slice(4)) >= warmup) {
        const latency = performance.now() - sent;
        latencies.push(latency);
        bySecond[Math.floor((sent - t0) / 1000)]?.push(latency);
        // The confirmation carries the time its event was recorded: the legs before and after it (wall clock, ms).
        const recorded = Date.parse(
          (JSON.parse(message.value?.toString() ?? '{}') as { occurredAt?: string }).occurredAt ?? '',
        );
        const wallSent = performance.timeOrigin + sent;
        inbound.push(recorded - wallSent);
        outbound.push(performance.timeOrigin + performance.now() - recorded);
      }
      sentAt.delete(key);
    },
  });
  await until(() => readerReady, 60_000);
  await new Promise((r) => setTimeout(r, 3000));

  const total = rate * (warmupSeconds + seconds);
  const tick = 10;
  const perTick = Math.max(1, Math.round((rate * tick) / 1000));
  const start = performance.now();
  t0 = start + warmupSeconds * 1000;
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
    const wait = start + (sent / rate) * 1000 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await until(() => received >= total, 120_000);
  await reader.disconnect();
  await producer.disconnect();
  const worst = bySecond.map((list) => (list.length === 0 ? 0 : Math.round(Math.max(...list))));
  const sorted = (list: number[]) => list.sort((a, b) => a - b);
  return { latencies: sorted(latencies), worstBySecond: worst, inbound: sorted(inbound), outbound: sorted(outbound) };
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
