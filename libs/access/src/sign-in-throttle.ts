export interface SignInThrottleOptions {
  /** Failed sign-ins in a row a username may have before it must wait (5). */
  readonly freeFailures?: number;
  /** The longest wait, in milliseconds (15 minutes). */
  readonly maxWaitMs?: number;
  /** Usernames remembered at most; the least recently failed are forgotten first (10,000). */
  readonly capacity?: number;
  readonly clock?: () => Date;
}

interface Failures {
  count: number;
  /** Epoch milliseconds before which the next attempt is refused unheard. */
  until: number;
}

/**
 * Slows down guessing, per username: after `freeFailures` failed sign-ins in a row, each further failure makes the
 * name wait twice as long as the last (1 s, 2 s, 4 s … up to `maxWaitMs`), and an attempt during the wait is refused
 * without checking its password. Known and unknown usernames are counted alike, so a refusal says nothing about
 * which exist; a success forgets the name's failures. In memory: a restart forgets them too.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();
  private readonly freeFailures: number;
  private readonly maxWaitMs: number;
  private readonly capacity: number;
  private readonly clock: () => Date;

  constructor(options: SignInThrottleOptions = {}) {
    this.freeFailures = options.freeFailures ?? 5;
    this.maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
    this.capacity = options.capacity ?? 10_000;
    this.clock = options.clock ?? (() => new Date());
  }

  /** Milliseconds the username must still wait before its next attempt is heard, 0 when it may try now. */
  waitFor(username: string): number {
    const entry = this.failures.get(key(username));
    return entry ? Math.max(0, entry.until - this.clock().getTime()) : 0;
  }

  failed(username: string): void {
    const name = key(username);
    const count = (this.failures.get(name)?.count ?? 0) + 1;
    const over = count - this.freeFailures;
    const wait = over > 0 ? Math.min(this.maxWaitMs, 1000 * 2 ** Math.min(over - 1, 30)) : 0;
    this.failures.delete(name); // re-inserted last: the map's order is the order of the last failure
    this.failures.set(name, { count, until: this.clock().getTime() + wait });
    if (this.failures.size > this.capacity) this.failures.delete(this.failures.keys().next().value as string);
  }

  succeeded(username: string): void {
    this.failures.delete(key(username));
  }
}

function key(username: string): string {
  return username.toLowerCase();
}
