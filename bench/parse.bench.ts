/**
 * The edge check's cost: µs to parse and validate one buyer order, on one thread, three ways in the same run, their
 * runs taken in turn so that the machine's changes of speed fall on all three:
 * - `JSON.parse` alone: the ceiling;
 * - `parseMessage`: JSON, then the message class's compiled JSON Schema (ajv), then the instance built — what a
 *   valid message costs (the Kafka bench's speed check);
 * - `JSON.parse` and `checkJson`: the shape check, class-transformer and class-validator — what a refused message
 *   costs, or a message of a class with no compiled schema, and what every message cost before the schema.
 * Run: `npm run bench:parse` (BENCH_RUNS runs of each, default 5; prints each way's median and its CPU time per
 * order, which other processes on the machine skew less than the wall clock). BENCH_PLATFORM_CLASSES=1 loads the
 * platform first, so that every context's DTO classes are registered, as in the running platform: class-validator
 * looks through all of them for every object it checks (typestack/class-validator#2686).
 */
import 'reflect-metadata';

import { checkJson, parseMessage } from '@khai/contracts';

import { perOrder, speedCheckOrders } from './speed-check';

async function main(): Promise<void> {
  const platform = process.env.BENCH_PLATFORM_CLASSES === '1';
  if (platform) await import('../apps/platform/src/platform');
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const { orders, messageClass } = speedCheckOrders();
  const refused = () => {
    throw new Error('an order did not validate');
  };
  const ways: Record<string, (bytes: Buffer) => void> = {
    'JSON.parse alone (ceiling)': (bytes) => {
      if (typeof JSON.parse(bytes.toString()) !== 'object') refused();
    },
    'parseMessage (compiled schema)': (bytes) => {
      if (!parseMessage(messageClass, bytes).ok) refused();
    },
    'JSON.parse + checkJson (class-validator)': (bytes) => {
      if (!checkJson(messageClass, JSON.parse(bytes.toString())).ok) refused();
    },
  };
  const results = new Map(Object.keys(ways).map((name) => [name, { wall: [] as number[], cpuMicros: 0 }]));
  for (let run = 0; run < runs; run++) {
    for (const [name, check] of Object.entries(ways)) {
      const result = results.get(name) as { wall: number[]; cpuMicros: number };
      const cpu = process.cpuUsage();
      result.wall.push(perOrder(orders, check));
      const { user, system } = process.cpuUsage(cpu);
      result.cpuMicros += user + system;
    }
  }
  console.log(
    `µs per buyer order${platform ? ', platform classes loaded' : ''} (${runs} runs of each, taken in turn):`,
  );
  for (const [name, { wall, cpuMicros }] of results) {
    const median = [...wall].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? NaN;
    // Each run checks five rounds of the orders.
    const cpuPerOrder = cpuMicros / (runs * 5 * orders.length);
    console.log(
      `- ${name}: median ${median.toFixed(2)} (${wall.map((w) => w.toFixed(2)).join(', ')}); CPU ${cpuPerOrder.toFixed(2)}`,
    );
  }
}

void main();
