import { performance } from 'node:perf_hooks';

import { type MessageClass, parseMessage, topicSpec } from '@khai/contracts';

import { order } from './kafka-orders';

/** 5,000 buyer orders as they come off the topic, and their message class. */
export function speedCheckOrders(): { readonly orders: readonly Buffer[]; readonly messageClass: MessageClass } {
  const spec = topicSpec('buyers.orders.v1');
  if (!spec) throw new Error('no buyers.orders.v1 topic');
  return {
    orders: Array.from({ length: 5000 }, (_, i) => Buffer.from(order(`SPEED-${i}`))),
    messageClass: spec.message,
  };
}

/** µs per order that `check` takes over the orders, the median of five rounds; `check` throws on a refusal. */
export function perOrder(orders: readonly Buffer[], check: (bytes: Buffer) => void): number {
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (const bytes of orders) check(bytes);
    rounds.push(((performance.now() - start) * 1000) / orders.length);
  }
  return rounds.sort((a, b) => a - b)[2] ?? NaN;
}

/**
 * µs to parse and validate one buyer order (`parseMessage`, one thread, the median of five rounds of 5,000): how
 * fast the machine is just now for the Kafka bench, and the cost of the edge check for `npm run bench:parse`.
 */
export function speedCheck(): number {
  const { orders, messageClass } = speedCheckOrders();
  return perOrder(orders, (bytes) => {
    if (!parseMessage(messageClass, bytes).ok) throw new Error('speed check: an order did not validate');
  });
}
