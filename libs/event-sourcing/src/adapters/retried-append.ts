import type { AppendResult } from '@khai/core';
import { DuplicateEventId } from '@khai/core';

export interface StoredEventRef {
  readonly streamName: string;
  readonly revision: number;
  readonly position: number;
}

/**
 * An append whose event ids are already stored is a retry when every id is there,
 * in the same stream, in the same order: it answers the original result. Any other
 * overlap reuses ids for different events and is refused.
 */
export function answerRetriedAppend(
  streamName: string,
  eventIds: readonly string[],
  found: readonly (StoredEventRef | undefined)[],
): AppendResult {
  const first = found[0];
  const isRetry =
    first !== undefined &&
    found.every((ref, i) => ref !== undefined && ref.streamName === streamName && ref.revision === first.revision + i);
  if (!isRetry || found.length !== eventIds.length) {
    throw new DuplicateEventId(`event ids ${eventIds.join(', ')} are already used by other events`, { streamName });
  }
  const last = found[found.length - 1] as StoredEventRef;
  return { nextExpectedRevision: last.revision, position: last.position, retried: true };
}
