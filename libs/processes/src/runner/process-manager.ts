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
  handle(event: RecordedEvent): Promise<void>;
}

/** The context of a command a process manager sends because of `event`. */
export function commandContextFor(processName: string, event: RecordedEvent, step: string) {
  return {
    actor: `process:${processName}`,
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.eventId,
    idempotencyKey: `${processName}:${event.metadata.eventId}:${step}`,
  };
}
