import type { RecordedEvent } from '@khai/event-sourcing';

/**
 * A read model kept by folding the log. `apply` must be idempotent per position:
 * the runner never hands it an event at or before `position`.
 */
export interface Projection {
  readonly name: string;
  /** Position of the last event applied (0 before any). */
  readonly position: number;
  apply(event: RecordedEvent): void;
}
