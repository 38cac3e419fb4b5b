import { fixKafkajsIdleLoop } from './kafkajs-request-queue';

interface Queue {
  pending: unknown[];
  inflight: Map<number, unknown>;
  throttledUntil: number;
  checkPendingRequests(): void;
  destroy(): void;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const RequestQueue = require('kafkajs/src/network/requestQueue') as new (options: object) => Queue;

const logger = { debug: () => undefined, warn: () => undefined, error: () => undefined, info: () => undefined };
const newQueue = () =>
  new RequestQueue({ maxInFlightRequests: 1, requestTimeout: 30_000, clientId: 'test', broker: 'b:9092', logger });

/** How many times the queue looks at its pending requests in `ms` of fake time after one look. */
function looksIn(queue: Queue, ms: number): number {
  const look = jest.spyOn(queue, 'checkPendingRequests');
  queue.checkPendingRequests();
  jest.advanceTimersByTime(ms);
  const count = look.mock.calls.length - 1;
  look.mockRestore();
  return count;
}

describe("kafkajs' request queue", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('unfixed, wakes every millisecond with nothing to do (tulios/kafkajs#1751); fixed, not at all', () => {
    const before = newQueue();
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(looksIn(before, 100)).toBeGreaterThanOrEqual(90);
    } finally {
      warn.mockRestore();
      before.destroy();
    }
    fixKafkajsIdleLoop();
    const after = newQueue();
    expect(looksIn(after, 100)).toBe(0);
    after.destroy();
  });

  it('fixed, still looks again at a request waiting for a slot, and when a throttle ends', () => {
    fixKafkajsIdleLoop();
    const waiting = newQueue();
    waiting.inflight.set(1, {}); // the one in-flight slot taken
    waiting.pending.push({});
    expect(looksIn(waiting, 25)).toBe(2); // every 10 ms while it waits
    waiting.pending.length = 0;
    waiting.destroy();

    const throttled = newQueue();
    throttled.throttledUntil = Date.now() + 50;
    expect(looksIn(throttled, 100)).toBe(1); // once, when the throttle ends
    throttled.destroy();
  });
});
