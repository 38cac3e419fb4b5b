import type { RecordedEvent } from '@khai/event-sourcing';

/**
 * Reacts to events of other contexts by sending commands. Delivery is at least
 * once (after a crash the events since the last checkpoint come again), so
 * `handle` must be idempotent: send commands with idempotency keys derived from
 * the event id (`commandContextFor`), and they append once.
 */
export interface ProcessManager {
  readonly name: string;
  readonly handles: ReadonlySet<string>;
  /**
   * What orders the handling of an event: the events of one key are handled one after another, in log order, and
   * those of different keys at the same time (ProcessManagerRunner), so that a backlog's commands reach the store
   * together and are committed and synced in groups. The key must name everything the handling writes and reads
   * of what earlier handlings write (e.g. the member whose account the command enters). Called for each event of
   * `handles` in log order, before its `handle`, each call awaited before the next. Without it, every event is
   * handled after the one before.
   */
  keyOf?(event: RecordedEvent): string | Promise<string>;
  handle(event: RecordedEvent, handling: Handling): Promise<void>;
}

/** What the handling of one event knows of the commands sent for it before. */
export interface Handling {
  /**
   * True when the log shows the command of `step` (`commandContextFor`'s key) sent already: a process manager catching
   * up on a log it handled before (its checkpoint lost or reset, a backup restored, generated years) passes over it
   * and what it would read to make it. False when not found, or the store cannot tell: the command is sent, and its
   * key answers a repeat as the first time.
   */
  sent(step: string): boolean;
}

/** The idempotency key of the command a process manager sends because of `event` at `step`. */
export function idempotencyKeyFor(processName: string, event: RecordedEvent, step: string): string {
  return `${processName}:${event.metadata.eventId}:${step}`;
}

/** The actor of the commands a process manager sends. */
export function processActor(processName: string): string {
  return `process:${processName}`;
}

/** The context of a command a process manager sends because of `event`. */
export function commandContextFor(processName: string, event: RecordedEvent, step: string) {
  return {
    actor: processActor(processName),
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.eventId,
    idempotencyKey: idempotencyKeyFor(processName, event, step),
  };
}
