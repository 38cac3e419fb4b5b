import { REJECT_REASONS, SIZE_CLASSES } from '@khai/contracts';
import { aggregate, Conflict, type Decider, InvariantViolated, requireDistinct, sameFacts } from '@khai/core';

import type { CollectEggs, GradeLot, LotCommand, VoidGrading } from './lot.commands';
import { lotNotFound } from './lot.errors';
import type { EggsCollected, LotEvent, LotGraded, LotGradingVoided } from './lot.events';
import { requireEggCount, requireOnOrAfterGrading, requireReason, sum } from './lot.rules';
import { evolveLot, initialLotState, type LotState } from './lot.state';
import { inUse } from './lot.stock';
import { allocate, pack, processRejects, recordLoss, release } from './lot.stock.decider';

export type {
  AllocatePackedStock,
  CollectEggs,
  GradeLot,
  LotCommand,
  PackEggs,
  ProcessRejects,
  RecordLoss,
  ReleasePackedStock,
  VoidGrading,
} from './lot.commands';

export const lotDecider: Decider<LotCommand, LotEvent, LotState> = {
  initialState: initialLotState,
  evolve: evolveLot,
  decide(command, state) {
    switch (command.type) {
      case 'CollectEggs':
        return collect(command, state);
      case 'GradeLot':
        return grade(command, state);
      case 'VoidGrading':
        return voidGrading(command, state);
      case 'PackEggs':
        return pack(command, state);
      case 'RecordLoss':
        return recordLoss(command, state);
      case 'ProcessRejects':
        return processRejects(command, state);
      case 'AllocatePackedStock':
        return allocate(command, state);
      case 'ReleasePackedStock':
        return release(command, state);
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
  if (sameFacts(state.collection, collected.data)) return [];
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
  const enabled = data.sizeClasses ?? SIZE_CLASSES;
  for (const { size } of data.sizes) {
    if (!enabled.includes(size)) {
      throw new InvariantViolated('size_class_not_enabled', `size class ${size} is not graded into`, {
        size,
        enabled: [...enabled].sort((a, b) => a - b),
      });
    }
  }
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
      grade: data.grade ?? 'A',
      sizes: [...data.sizes].sort((a, b) => a.size - b.size).map((s) => ({ size: s.size, eggs: s.eggs })),
      rejects: [...data.rejects]
        .sort((a, b) => REJECT_REASONS.indexOf(a.reason) - REJECT_REASONS.indexOf(b.reason))
        .map((r) => ({ reason: r.reason, eggs: r.eggs })),
      gradedEggs: graded,
      rejectedEggs: rejected,
    },
  };
  if (state.status === 'collected') return [lotGraded];
  if (sameFacts(state.grading, lotGraded.data)) return [];
  throw new Conflict('lot_already_graded', `lot ${data.lotId} was already graded differently`, { lotId: data.lotId });
}

function voidGrading({ data }: VoidGrading, state: LotState): LotEvent[] {
  if (state.status === 'none') throw lotNotFound(data.lotId);
  requireReason(data.reason);
  if (state.status === 'collected') {
    const last = state.lastVoid;
    if (last !== null && last.reason === data.reason && last.voidedOn === data.voidedOn) return [];
    throw new Conflict('lot_not_graded', `lot ${data.lotId} has no grading to void`, { lotId: data.lotId });
  }
  const { grading, stock } = state;
  requireOnOrAfterGrading(data.voidedOn, grading.gradedOn);
  if (inUse(stock)) {
    throw new Conflict(
      'grading_in_use',
      `eggs of lot ${data.lotId} were already packed, processed, lost or allocated`,
      {
        lotId: data.lotId,
        packs: stock.packs.size,
        losses: stock.losses.size,
        rejectBatches: stock.batches.size,
        allocations: stock.allocations.length,
      },
    );
  }
  const voided: LotGradingVoided = {
    type: 'LotGradingVoided',
    data: {
      lotId: data.lotId,
      voidedOn: data.voidedOn,
      reason: data.reason,
      gradedOn: grading.gradedOn,
      gradedEggs: grading.gradedEggs,
      rejectedEggs: grading.rejectedEggs,
    },
  };
  return [voided];
}

/** Lots live in the `lot` stream category. */
export const lot = aggregate('lot', lotDecider);
