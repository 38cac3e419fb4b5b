import type { DocumentProjection, ReadModelStore } from '@khai/read-models';

/** The log position an answer reflects: the least of the checkpoints of the projections it reads. */
export async function readPosition(store: ReadModelStore, projections: readonly DocumentProjection[]): Promise<number> {
  const positions = await Promise.all(projections.map((p) => store.checkpoint(p.name)));
  return Math.min(...positions);
}
