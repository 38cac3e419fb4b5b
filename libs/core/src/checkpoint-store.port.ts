/**
 * Where a subscriber (process manager, relay) keeps the position of the last
 * event it has fully handled, so that after a restart it resumes there.
 */
export interface CheckpointStore {
  load(name: string): Promise<number | undefined>;
  save(name: string, position: number): Promise<void>;
  /**
   * Saves several checkpoints at once, all or none: one durable write for the lot (the process managers, which
   * move together on one pass over the log, save theirs in one go rather than one sync each).
   */
  saveAll(positions: ReadonlyMap<string, number>): Promise<void>;
  close(): Promise<void>;
}

export const CHECKPOINT_STORE = Symbol('CheckpointStore');
