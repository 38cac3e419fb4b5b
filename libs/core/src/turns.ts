/** How long work may hold the event loop before it gives HTTP, timers and I/O a turn. */
export const SLICE_MS = 4;

let sliceStarted = performance.now();
let nextTurn: Promise<void> | undefined;

/**
 * Resolves at once while the current slice of the event loop is under `SLICE_MS`, else after a turn of it. Work that
 * runs on microtasks alone — many commands at once, each folding its stream — never lets a request in otherwise: a
 * process managers' catch-up on twenty generated years loaded sixty members' accounts (10,000 events each) one after
 * another on microtasks, and `/health` answered after 9 s. Callers that find the slice spent wait for one turn
 * together; the first to go on opens the next slice, and the others wait again if it spends it.
 */
export async function takeTurn(): Promise<void> {
  while (performance.now() - sliceStarted >= SLICE_MS) {
    nextTurn ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        nextTurn = undefined;
        sliceStarted = performance.now();
        resolve();
      }),
    );
    await nextTurn;
  }
}

/**
 * Start-up work that catch-ups wait for: a read-model snapshot's restore reads hundreds of megabytes a frame at a time,
 * a turn of the event loop between frames, and a process manager millions of events behind, started beside it, takes
 * a slice of every turn (twenty generated years: read models live after 173 s instead of 30). The work is held by who
 * does it, before the app's start-up hooks run; those who would compete start once `passed` resolves.
 */
export class StartupGate {
  private readonly held: Promise<unknown>[] = [];

  /** Holds the gate until `work` settles (however it ends). */
  hold(work: Promise<unknown>): void {
    this.held.push(work.catch(() => undefined));
  }

  holding(): boolean {
    return this.held.length > 0;
  }

  /** Resolves once everything held so far has settled. */
  async passed(): Promise<void> {
    await Promise.all(this.held);
  }

  /**
   * Starts `work` behind the gate: at once when nothing holds it (`begun` is the start itself, and rejects if it
   * fails); else in the background once the gate opens (`begun` resolves at once and `onError` hears of a failure),
   * unless `callOff` (a shutdown) came first — then it never starts.
   */
  start(work: () => Promise<void>, onError: (error: unknown) => void): GatedStart {
    if (!this.holding()) {
      const begun = work();
      return { begun, callOff: async () => void (await begun.catch(() => undefined)) };
    }
    let off = false;
    const later = this.passed().then(() => (off ? undefined : work()));
    later.catch(onError);
    return {
      begun: Promise.resolve(),
      callOff: async () => {
        off = true;
        await later.catch(() => undefined);
      },
    };
  }
}

/** A start behind the start-up gate (`StartupGate.start`). */
export interface GatedStart {
  readonly begun: Promise<void>;
  /** Keeps it from starting if it has not yet, and resolves once it has started or never will. */
  callOff(): Promise<void>;
}
