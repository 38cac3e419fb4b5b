/**
 * The edge check's cost: µs to parse and validate one buyer order (`parseMessage`: JSON, shape, class-transformer,
 * class-validator), the Kafka bench's speed check run alone. Run: `npm run bench:parse` (BENCH_RUNS speed checks,
 * default 5; prints each, their median, and the process's CPU time per order over all of them, which other processes
 * on the machine skew less than the wall clock). BENCH_PLATFORM_CLASSES=1 loads the platform first, so that every
 * context's DTO classes are registered, as they are in the running platform: class-validator looks through all of them
 * for every object it checks (typestack/class-validator#2686).
 */
import 'reflect-metadata';

import { speedCheck } from './speed-check';

async function main(): Promise<void> {
  if (process.env.BENCH_PLATFORM_CLASSES === '1') await import('../apps/platform/src/platform');
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const cpu = process.cpuUsage();
  const results = Array.from({ length: runs }, () => speedCheck());
  const { user, system } = process.cpuUsage(cpu);
  const median = [...results].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? NaN;
  // Each speed check parses five rounds of 5,000 orders.
  const cpuPerOrder = (user + system) / (runs * 5 * 5000);
  console.log(
    `parseMessage of a buyer order${process.env.BENCH_PLATFORM_CLASSES === '1' ? ', platform classes loaded' : ''}: ` +
      `median ${median.toFixed(2)} µs (${results.map((r) => r.toFixed(2)).join(', ')}); CPU ${cpuPerOrder.toFixed(2)} µs per order`,
  );
}

void main();
