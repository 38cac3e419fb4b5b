import { EGGS_PER_TRAY } from '@khai/contracts';
import { Conflict, InvariantViolated, sameFacts } from '@khai/core';

import type { AllocatePackedStock, PackEggs, ProcessRejects, RecordLoss, ReleasePackedStock } from './lot.commands';
import { lotNotFound } from './lot.errors';
import type {
  EggsPacked,
  LossRecorded,
  LotEvent,
  PackedStockAllocated,
  PackedStockReleased,
  RejectsProcessed,
} from './lot.events';
import { requireEggCount, requireGraded, requireOnOrAfterGrading, requireReason, requireTrayCount } from './lot.rules';
import type { LotState } from './lot.state';
import { allocationOf, countersOf, gradedUnpacked, unallocatedPackedEggs, unallocatedTrays } from './lot.stock';

/** Full trays only: loose eggs that do not fill a tray stay in graded stock. */
export function pack({ data }: PackEggs, state: LotState): LotEvent[] {
  const lot = requireGraded(state, data.lotId);
  requireTrayCount(data.trays);
  const packed: EggsPacked = {
    type: 'EggsPacked',
    data: {
      lotId: data.lotId,
      packId: data.packId,
      size: data.size,
      trays: data.trays,
      eggs: data.trays * EGGS_PER_TRAY,
      packedOn: data.packedOn,
      caseId: data.caseId ?? null,
    },
  };
  // A repeat is checked before the stock: the first one already took its eggs.
  const previous = lot.stock.packs.get(data.packId);
  if (previous !== undefined) {
    if (sameFacts(previous, packed.data)) return [];
    throw new Conflict('pack_already_recorded', `pack ${data.packId} was already recorded differently`, {
      packId: data.packId,
    });
  }
  requireOnOrAfterGrading(data.packedOn, lot.grading.gradedOn);
  const available = gradedUnpacked(countersOf(lot.stock, data.size));
  if (packed.data.eggs > available) {
    throw new InvariantViolated(
      'insufficient_graded_stock',
      `${available} graded eggs of size ${data.size} are unpacked; ${data.trays} trays need ${packed.data.eggs}`,
      { size: data.size, available, requested: packed.data.eggs },
    );
  }
  return [packed];
}

export function recordLoss({ data }: RecordLoss, state: LotState): LotEvent[] {
  const lot = requireGraded(state, data.lotId);
  requireEggCount(data.eggs, 1);
  const loss: LossRecorded = {
    type: 'LossRecorded',
    data: {
      lotId: data.lotId,
      lossId: data.lossId,
      stage: data.stage,
      size: data.size,
      eggs: data.eggs,
      reason: data.reason,
      note: data.note ?? null,
      recordedOn: data.recordedOn,
    },
  };
  const previous = lot.stock.losses.get(data.lossId);
  if (previous !== undefined) {
    if (sameFacts(previous, loss.data)) return [];
    throw new Conflict('loss_already_recorded', `loss ${data.lossId} was already recorded differently`, {
      lossId: data.lossId,
    });
  }
  requireOnOrAfterGrading(data.recordedOn, lot.grading.gradedOn);
  const counters = countersOf(lot.stock, data.size);
  const available = data.stage === 'GRADED' ? gradedUnpacked(counters) : unallocatedPackedEggs(counters);
  if (data.eggs > available) {
    throw new InvariantViolated(
      'insufficient_stock',
      `only ${available} ${data.stage.toLowerCase()} eggs of size ${data.size} can be lost`,
      { stage: data.stage, size: data.size, available, requested: data.eggs },
    );
  }
  return [loss];
}

export function processRejects({ data }: ProcessRejects, state: LotState): LotEvent[] {
  const lot = requireGraded(state, data.lotId);
  requireEggCount(data.eggs, 1);
  if (!Number.isSafeInteger(data.outputGrams) || data.outputGrams < 0) {
    throw new InvariantViolated('invalid_output_grams', 'output must be whole grams, 0 or more', {
      outputGrams: data.outputGrams,
    });
  }
  const processed: RejectsProcessed = {
    type: 'RejectsProcessed',
    data: {
      lotId: data.lotId,
      batchId: data.batchId,
      eggs: data.eggs,
      product: data.product,
      outputGrams: data.outputGrams,
      // Integer numerator and denominator: Math.round rounds the exact half up.
      yieldGramsPerEgg: Math.round((data.outputGrams * 100) / data.eggs) / 100,
      processedOn: data.processedOn,
    },
  };
  const previous = lot.stock.batches.get(data.batchId);
  if (previous !== undefined) {
    if (sameFacts(previous, processed.data)) return [];
    throw new Conflict('rejects_batch_already_recorded', `batch ${data.batchId} was already recorded differently`, {
      batchId: data.batchId,
    });
  }
  requireOnOrAfterGrading(data.processedOn, lot.grading.gradedOn);
  const available = lot.stock.rejected - lot.stock.processed;
  if (data.eggs > available) {
    throw new InvariantViolated('insufficient_rejects', `only ${available} rejected eggs are unprocessed`, {
      available,
      requested: data.eggs,
    });
  }
  return [processed];
}

export function allocate({ data }: AllocatePackedStock, state: LotState): LotEvent[] {
  const lot = requireGraded(state, data.lotId);
  requireTrayCount(data.trays);
  const existing = allocationOf(lot.stock, data.shipmentId, data.size);
  if (existing !== undefined) {
    if (existing.trays === data.trays) return [];
    throw new Conflict(
      'allocation_conflict',
      `shipment ${data.shipmentId} already holds ${existing.trays} trays of size ${data.size}`,
      { shipmentId: data.shipmentId, size: data.size, allocated: existing.trays, requested: data.trays },
    );
  }
  requireOnOrAfterGrading(data.allocatedOn, lot.grading.gradedOn);
  const available = unallocatedTrays(countersOf(lot.stock, data.size));
  if (data.trays > available) {
    throw new InvariantViolated(
      'insufficient_packed_stock',
      `${available} packed trays of size ${data.size} are unallocated`,
      { size: data.size, available, requested: data.trays },
    );
  }
  const allocated: PackedStockAllocated = {
    type: 'PackedStockAllocated',
    data: {
      lotId: data.lotId,
      shipmentId: data.shipmentId,
      size: data.size,
      trays: data.trays,
      eggs: data.trays * EGGS_PER_TRAY,
      allocatedOn: data.allocatedOn,
    },
  };
  return [allocated];
}

/** Releasing what is not (or no longer) allocated is a no-op, so the process manager may retry freely. */
export function release({ data }: ReleasePackedStock, state: LotState): LotEvent[] {
  if (state.status === 'none') throw lotNotFound(data.lotId);
  requireReason(data.reason);
  if (state.status === 'collected') return [];
  const lines = state.stock.allocations
    .filter((a) => a.shipmentId === data.shipmentId)
    .sort((a, b) => a.size - b.size)
    .map((a) => ({ size: a.size, trays: a.trays, eggs: a.trays * EGGS_PER_TRAY }));
  if (lines.length === 0) return [];
  const released: PackedStockReleased = {
    type: 'PackedStockReleased',
    data: {
      lotId: data.lotId,
      shipmentId: data.shipmentId,
      reason: data.reason,
      releasedOn: data.releasedOn,
      lines,
    },
  };
  return [released];
}
