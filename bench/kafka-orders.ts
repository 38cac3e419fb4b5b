/** What the Kafka benchmark's partner sends: a buyer order on `buyers.orders.v1`, as the contract has it. */
import { randomUUID } from 'node:crypto';

/** The buyer of every order: the benchmark registers it before the orders are applied. */
export const BENCH_BUYER = 'B-bench';

export function order(orderId: string): string {
  return orderRecord(orderId).value;
}

/** An order as the partner sends it: keyed by its id, with its messageId in the `message-id` header. */
export function orderRecord(orderId: string): { key: string; value: string; headers: { 'message-id': string } } {
  const messageId = randomUUID();
  const value = JSON.stringify({
    messageId,
    occurredAt: new Date().toISOString(),
    schemaVersion: 1,
    buyerId: BENCH_BUYER,
    orderId,
    orderedOn: '2026-11-20',
    deliveryOn: '2026-11-26',
    lines: [
      { size: 1, trays: 40, satangPerEgg: 385 },
      { size: 2, trays: 66, satangPerEgg: 365 },
    ],
  });
  return { key: orderId, value, headers: { 'message-id': messageId } };
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
  /** The latencies of the orders sent in each second of the run (after the warm-up), in ms. */
  readonly latenciesBySecond: number[][];
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

/**
 * The orders sent while the machine had its cores: those of each second in which, and in the second after it and the
 * three before it, the hypervisor took under `maxStolen` per cent (a backlog built while cores were taken drains in
 * the seconds after). `stolen[i]` is the share of second i from the first send, `warmupSeconds` before the measured
 * seconds of `bySecond` begin. Returns their latencies, sorted, and how many of the seconds counted.
 */
export function whileCoresThere(
  bySecond: readonly (readonly number[])[],
  stolen: readonly number[],
  warmupSeconds: number,
  maxStolen = 10,
): { latencies: number[]; seconds: number } {
  const calm = bySecond.filter((_, s) => {
    const i = s + warmupSeconds;
    const around = stolen.slice(Math.max(0, i - 3), i + 2);
    return around.length > 0 && around.every((share) => share < maxStolen);
  });
  return { latencies: calm.flat().sort((a, b) => a - b), seconds: calm.filter((list) => list.length > 0).length };
}
