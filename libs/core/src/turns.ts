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
