/** What the Kafka benchmark's partner sends: a buyer order on `buyers.orders.v1`, as the contract has it. */
import { randomUUID } from 'node:crypto';

export function order(orderId: string): string {
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

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Asked of the partner process by the benchmark. */
export interface PartnerRun {
  readonly brokers: readonly string[];
  readonly prefix: string;
  readonly rate: number;
  readonly seconds: number;
  /** Sent at the same rate before the measured seconds, not measured. */
  readonly warmupSeconds: number;
}

/** What the partner process reports: every order's latency, sorted, in ms. */
export interface PartnerResult {
  readonly latencies: number[];
  /** The worst latency of the orders sent in each second of the run, in ms. */
  readonly worstBySecond: number[];
  /** Orders sent, and the seconds from the first send to the last acknowledged: the rate the partner kept. */
  readonly sent: number;
  readonly sendSeconds: number;
  /** CPU the partner's process used (all its threads) from its first send to the last confirmation. */
  readonly cpuSeconds: number;
  /** Order sent → its event recorded by the cooperative (wall clock, 1 ms resolution), sorted. */
  readonly inbound: number[];
  /** Event recorded → confirmation received by the partner, sorted. */
  readonly outbound: number[];
}

/** CPU seconds (user and system, all threads) the process used since `start` (a `process.cpuUsage()`). */
export function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
