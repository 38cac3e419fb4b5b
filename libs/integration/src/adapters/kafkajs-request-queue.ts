/** The parts of kafkajs' per-connection request queue (`kafkajs/src/network/requestQueue`) the fix touches. */
interface RequestQueue {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: NodeJS.Timeout | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

/** kafkajs' own interval for looking at requests waiting for an in-flight slot. */
const CHECK_PENDING_REQUESTS_INTERVAL = 10;

let fixed = false;

/**
 * Stops kafkajs 2.2.4's idle loop (tulios/kafkajs#1751, fixed only in unmerged
 * pull requests; kafkajs is unmaintained, so this version is its last). After
 * every response a connection's request queue schedules its next look at
 * pending requests `throttledUntil − now` ms ahead; unthrottled that is
 * negative, Node makes it 1 ms (the `TimeoutNegativeWarning` at start), and the
 * look schedules the next: every open connection wakes its event loop about a
 * thousand times a second for as long as it is open. An idle cooperative spent
 * half a core on it (docs/benchmarks.md). Here the queue schedules a look only
 * when a request waits (in 10 ms, or when a throttle ends) or a throttle is on;
 * a request that can go is sent when pushed, and one that waits is looked at
 * again when a response frees a slot, as before.
 *
 * Applied once per thread (worker threads load their own kafkajs), by the Kafka
 * adapter; a partner on kafkajs can do the same.
 */
export function fixKafkajsIdleLoop(): void {
  if (fixed) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const queue = require('kafkajs/src/network/requestQueue') as { prototype: RequestQueue };
  queue.prototype.scheduleCheckPendingRequests = function (this: RequestQueue): void {
    if (this.throttleCheckTimeoutId) return;
    const throttled = this.throttledUntil - Date.now();
    let wait: number;
    if (this.pending.length > 0) wait = throttled > 0 ? throttled : CHECK_PENDING_REQUESTS_INTERVAL;
    else if (throttled > 0) wait = throttled;
    else return; // nothing waits, nothing is throttled: nothing to look at later
    this.throttleCheckTimeoutId = setTimeout(() => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    }, wait);
  };
  fixed = true;
}
