/**
 * Where a subscriber (process manager, relay) keeps the position of the last
 * event it has fully handled, so that after a restart it resumes there.
 */
export interface CheckpointStore {
  load(name: string): Promise<number | undefined>;
  save(name: string, position: number): Promise<void>;
  close(): Promise<void>;
}

export const CHECKPOINT_STORE = Symbol('CheckpointStore');
