import { REJECT_REASONS } from '@khai/contracts';
import { Conflict, type Decider, InvariantViolated } from '@khai/event-sourcing';

import { lotNotFound } from './lot.errors';
import type { EggsCollected, LotEvent, LotGraded } from './lot.events';
import { evolveLot, initialLotState, type LotState } from './lot.state';

export type CollectEggs = {
  readonly type: 'CollectEggs';
  readonly data: EggsCollected['data'];
};

export type GradeLot = {
  readonly type: 'GradeLot';
  readonly data: Omit<LotGraded['data'], 'gradedEggs' | 'rejectedEggs'>;
};

export type LotCommand = CollectEggs | GradeLot;

export const lotDecider: Decider<LotCommand, LotEvent, LotState> = {
  initialState: initialLotState,
  evolve: evolveLot,
  decide(command, state) {
    switch (command.type) {
      case 'CollectEggs':
        return collect(command, state);
      case 'GradeLot':
        return grade(command, state);
    }
  },
};

function collect({ data }: CollectEggs, state: LotState): LotEvent[] {
  requireEggCount(data.eggs, 1);
  const collected: EggsCollected = {
    type: 'EggsCollected',
    data: {
      lotId: data.lotId,
      memberId: data.memberId,
      farmId: data.farmId,
      flockId: data.flockId,
      collectedOn: data.collectedOn,
      eggs: data.eggs,
    },
  };
  if (state.status === 'none') return [collected];
  if (sameData(state.collection, collected.data)) return [];
  throw new Conflict('lot_already_collected', `lot ${data.lotId} was already collected with other details`, {
    lotId: data.lotId,
  });
}

function grade({ data }: GradeLot, state: LotState): LotEvent[] {
  if (state.status === 'none') throw lotNotFound(data.lotId);
  requireDistinct(
    data.sizes.map((s) => s.size),
    'duplicate_size_class',
    'each size class may be counted once',
  );
  requireDistinct(
    data.rejects.map((r) => r.reason),
    'duplicate_reject_reason',
    'each reject reason may be counted once',
  );
  for (const line of [...data.sizes, ...data.rejects]) requireEggCount(line.eggs, 0);

  const { collectedOn } = state.collection;
  if (data.gradedOn < collectedOn) {
    throw new InvariantViolated('graded_before_collected', `lot ${data.lotId} was collected on ${collectedOn}`, {
      collectedOn,
      gradedOn: data.gradedOn,
    });
  }
  const collected = state.collection.eggs;
  const graded = sum(data.sizes);
  const rejected = sum(data.rejects);
  if (graded + rejected !== collected) {
    throw new InvariantViolated(
      'eggs_not_conserved',
      `graded ${graded} + rejected ${rejected} must equal the ${collected} eggs collected`,
      { collected, graded, rejected },
    );
  }

  const lotGraded: LotGraded = {
    type: 'LotGraded',
    data: {
      lotId: data.lotId,
      gradedOn: data.gradedOn,
      sizes: [...data.sizes].sort((a, b) => a.size - b.size).map((s) => ({ size: s.size, eggs: s.eggs })),
      rejects: [...data.rejects]
        .sort((a, b) => REJECT_REASONS.indexOf(a.reason) - REJECT_REASONS.indexOf(b.reason))
        .map((r) => ({ reason: r.reason, eggs: r.eggs })),
      gradedEggs: graded,
      rejectedEggs: rejected,
    },
  };
  if (state.status === 'collected') return [lotGraded];
  if (sameData(state.grading, lotGraded.data)) return [];
  throw new Conflict('lot_already_graded', `lot ${data.lotId} was already graded differently`, { lotId: data.lotId });
}

function requireEggCount(eggs: number, min: number): void {
  if (!Number.isSafeInteger(eggs) || eggs < min) {
    throw new InvariantViolated('invalid_egg_count', `egg counts must be whole numbers of at least ${min}`, { eggs });
  }
}

function requireDistinct(keys: readonly unknown[], code: string, message: string): void {
  if (new Set(keys).size !== keys.length) throw new InvariantViolated(code, message);
}

function sum(lines: readonly { readonly eggs: number }[]): number {
  return lines.reduce((total, line) => total + line.eggs, 0);
}

/** Events are plain JSON built in a fixed key order, so equal facts serialise equally. */
function sameData(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
