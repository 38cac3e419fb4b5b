import { performance } from 'node:perf_hooks';

import { parseMessage, topicSpec } from '@khai/contracts';

import { order } from './kafka-orders';

/**
 * µs to parse and validate one buyer order (`parseMessage`, one thread, the median of five rounds of 5,000): how
 * fast the machine is just now for the Kafka bench, and the cost of the edge check for `npm run bench:parse`.
 */
export function speedCheck(): number {
  const spec = topicSpec('buyers.orders.v1');
  if (!spec) throw new Error('no buyers.orders.v1 topic');
  const orders = Array.from({ length: 5000 }, (_, i) => Buffer.from(order(`SPEED-${i}`)));
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (const bytes of orders) {
      if (!parseMessage(spec.message, bytes).ok) throw new Error('speed check: an order did not validate');
    }
    rounds.push(((performance.now() - start) * 1000) / orders.length);
  }
  return rounds.sort((a, b) => a - b)[2] ?? NaN;
}
