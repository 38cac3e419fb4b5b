import type { CheckpointStore } from '@khai/core';

export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, number>();

  async load(name: string): Promise<number | undefined> {
    return this.positions.get(name);
  }

  async save(name: string, position: number): Promise<void> {
    this.positions.set(name, position);
  }

  async saveAll(positions: ReadonlyMap<string, number>): Promise<void> {
    for (const [name, position] of positions) this.positions.set(name, position);
  }

  async close(): Promise<void> {}
}
