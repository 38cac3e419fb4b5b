/** Backoff for "not now" failures: 50 ms doubling to 5 s. */
export function backoffMs(attempt: number): number {
  return Math.min(5000, 50 * 2 ** Math.min(attempt, 7));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Calls `handle` until it resolves, backing off between failures; gives up
 * (rethrows) only once `running()` turns false, so a message is never skipped.
 */
export async function retryUntilDone(
  handle: () => Promise<void>,
  running: () => boolean,
  onFailure: (error: unknown, attempt: number) => void,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await handle();
      return;
    } catch (error) {
      onFailure(error, attempt);
      if (!running()) throw error;
      await sleep(backoffMs(attempt));
      if (!running()) throw error;
    }
  }
}
